package id.giliran.document.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.document.AttachDocumentCommand;
import id.giliran.api.document.DocumentAttachedEvent;
import id.giliran.api.document.Documents;
import id.giliran.api.identity.Caller;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A scan (KTP, KK, BPJS card, KIA) attached to a patient; the bytes live in the document store. */
@Aggregate
public class PatientDocument {

    @AggregateIdentifier
    private String documentId;

    protected PatientDocument() {
        // for Axon
    }

    @CommandHandler
    public PatientDocument(AttachDocumentCommand command, MetaData metaData, Clock clock) {
        if (isBlank(command.documentId()) || isBlank(command.patientId()) || command.type() == null
                || isBlank(command.sha256())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a document needs its id, patient, type and digest");
        }
        TextLimits.require(TextLimit.FILE_NAME, command.fileName());
        if (command.sizeBytes() <= 0) {
            throw new BusinessRuleViolation(ErrorCode.DOCUMENT_EMPTY, "an empty file is no document");
        }
        if (!Documents.ACCEPTED_TYPES.contains(command.contentType())) {
            throw new BusinessRuleViolation(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED,
                    "documents are JPEG, PNG or PDF, not " + command.contentType());
        }
        String fileName = isBlank(command.fileName()) ? command.type().name().toLowerCase() : command.fileName().strip();
        apply(new DocumentAttachedEvent(command.documentId(), command.patientId(), command.type(), fileName,
                command.contentType(), command.sizeBytes(), command.sha256(),
                Caller.fromMetaData(metaData).username(), clock.instant()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        documentId = event.documentId();
    }
}
