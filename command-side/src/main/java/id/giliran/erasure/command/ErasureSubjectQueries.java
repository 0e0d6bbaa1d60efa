package id.giliran.erasure.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.ErasureSubjectView;
import id.giliran.api.privacy.FindErasureSubjectQuery;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * The erasure screen's look before the ADMIN confirms, from the aggregates and by the very rule the erasure applies
 * ({@link ErasureRules}), so the date it shows is the date the command will hold to.
 */
@Component
class ErasureSubjectQueries {

    private final Repository<Erasure> erasures;
    private final StoredAggregates stored;
    private final ErasureRules rules;
    private final Clock clock;

    ErasureSubjectQueries(Repository<Erasure> erasures, StoredAggregates stored, ErasureRules rules, Clock clock) {
        this.erasures = erasures;
        this.stored = stored;
        this.rules = rules;
        this.clock = clock;
    }

    @QueryHandler
    Optional<ErasureSubjectView> handle(FindErasureSubjectQuery query, MetaData metaData) throws Exception {
        if (query.kind() == null || query.subjectId() == null || query.subjectId().isBlank()) {
            return Optional.empty();
        }
        // a unit of work of its own: the repositories load (and lock) only inside one
        ResultMessage<Optional<ErasureSubjectView>> result =
                DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> describe(query, metaData));
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof Exception exception ? exception : new IllegalStateException(failure);
        }
        return result.getPayload();
    }

    private Optional<ErasureSubjectView> describe(FindErasureSubjectQuery query, MetaData metaData) {
        boolean erased = erased(ErasePersonalDataCommand.idOf(query.kind(), query.subjectId()));
        try {
            return Optional.of(rules.describe(query.kind(), query.subjectId(), erased, metaData, clock));
        } catch (BusinessRuleViolation refusal) {
            if (refusal.code() == ErrorCode.ERASURE_SUBJECT_UNKNOWN) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    private boolean erased(String erasureId) {
        if (!stored.exist(erasureId)) {
            return false;
        }
        try {
            erasures.load(erasureId);
            return true;
        } catch (AggregateNotFoundException notYet) {
            return false;
        }
    }
}
