package id.giliran.erasure.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * "Hapus data pribadi": the erasure of one data subject's personal data, one aggregate per subject
 * ({@link ErasePersonalDataCommand#idOf}), so a subject is erased once, also when two admins ask at the same moment.
 * It checks the documented request, that the subject exists and the retention rule ({@link ErasureRules}), records
 * the fact, and destroys the subject's key only once that fact is committed: a refused or rolled-back erasure
 * destroys nothing, and a crash between the commit and the destruction is made good by {@link ErasedSubjectKeys}.
 */
@Aggregate
public class Erasure {

    @AggregateIdentifier
    private String erasureId;

    protected Erasure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ErasePersonalDataCommand command, ErasureRules rules, SubjectKeys keys, MetaData metaData,
                       Clock clock) {
        if (command.kind() == null || command.subjectId() == null || command.subjectId().isBlank()
                || !ErasePersonalDataCommand.idOf(command.kind(), command.subjectId()).equals(command.erasureId())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an erasure is identified by its subject");
        }
        String requestReference = text(command.requestReference());
        String reason = text(command.reason());
        if (requestReference == null || reason == null) {
            throw new BusinessRuleViolation(ErrorCode.ERASURE_REASON_REQUIRED,
                    "an erasure names the documented request and its reason");
        }
        TextLimits.require(TextLimit.REQUEST_REFERENCE, requestReference);
        TextLimits.require(TextLimit.ERASURE_REASON, reason);
        if (erasureId != null) {
            throw new BusinessRuleViolation(ErrorCode.ERASURE_ALREADY_DONE, "this subject was erased already");
        }
        rules.requireErasable(command.kind(), command.subjectId(), metaData, clock, LocalDate.now(clock));
        if (command.kind() == SubjectKind.PATIENT) {
            rules.closePatient(command.subjectId(), clock.instant());
        }
        apply(new PersonalDataErasedEvent(command.erasureId(), command.kind(), command.subjectId(), requestReference,
                reason, Caller.fromMetaData(metaData).username(), clock.instant()));
        SubjectRef subject = new SubjectRef(command.kind(), command.subjectId());
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> keys.destroy(subject));
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erasureId = event.erasureId();
    }

    private static String text(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        return input.strip();
    }
}
