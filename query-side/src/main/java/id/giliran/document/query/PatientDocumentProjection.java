package id.giliran.document.query;

import id.giliran.api.document.DocumentAttachedEvent;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.document.FindPatientDocumentsQuery;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The scans attached to each patient (what they are; the bytes stay in the document store). The file name (it
 * may name the person, or carry the NIK) is kept sealed with the patient's key and reads "[dihapus]" once the
 * patient is erased; the type, size and who attached it when stay.
 */
@Component
@ProcessingGroup("patient-documents")
class PatientDocumentProjection {

    private final MongoTemplate mongo;
    private final SealedFields personal;

    PatientDocumentProjection(MongoTemplate mongo, SealedFields personal) {
        this.mongo = mongo;
        this.personal = personal;
        mongo.indexOps(PatientDocumentDocument.class).createIndex(new Index().on("patientId", Sort.Direction.ASC));
    }

    @EventHandler
    void on(DocumentAttachedEvent event) {
        mongo.save(new PatientDocumentDocument(event.documentId(), event.patientId(), event.type(),
                personal.sealPatient(event.patientId(), event.fileName()),
                event.contentType(), event.sizeBytes(), event.attachedBy(), event.attachedAt()));
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (!SealedFields.isPatient(event)) {
            return;
        }
        mongo.find(Query.query(Criteria.where("patientId").is(event.subjectId())), PatientDocumentDocument.class)
             .forEach(document -> mongo.save(new PatientDocumentDocument(document.documentId(), document.patientId(),
                     document.type(), SealedFields.blank(document.fileName()), document.contentType(),
                     document.sizeBytes(), document.attachedBy(), document.attachedAt())));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), PatientDocumentDocument.class);
    }

    @QueryHandler
    List<DocumentView> handle(FindPatientDocumentsQuery query) {
        return mongo.find(Query.query(Criteria.where("patientId").is(query.patientId()))
                               .with(Sort.by(Sort.Direction.DESC, "attachedAt")), PatientDocumentDocument.class)
                    .stream()
                    .map(document -> new DocumentView(document.documentId(), document.patientId(), document.type(),
                            personal.open(document.fileName()), document.contentType(),
                            document.sizeBytes(),
                            document.attachedBy(), document.attachedAt()))
                    .toList();
    }

    @Document("patient_documents")
    record PatientDocumentDocument(@Id String documentId, String patientId, DocumentType type, String fileName,
                                   String contentType, long sizeBytes, String attachedBy, Instant attachedAt) {
    }
}
