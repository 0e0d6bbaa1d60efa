package id.giliran.document.store;

import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.document.ui.DocumentStore;
import id.giliran.privacy.PersonalDataCipher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased patient's scans from GridFS: those sealed with the destroyed key and those stored before
 * sealing. The key goes first ({@code eraseOnce}, a no-op when the erasure already destroyed it), so a scan that
 * still opens afterwards was sealed after the erasure and stays: the handler is idempotent, its processor may lag
 * or be rebuilt without taking new data. (A counselor's photos go with an ACCOUNT erasure, see CounselorPhotoErasure.)
 */
@Component
@ProcessingGroup(ErasedDocuments.PROCESSING_GROUP)
class ErasedDocuments {

    static final String PROCESSING_GROUP = "document-erasure";

    private final DocumentStore store;
    private final PersonalDataCipher cipher;

    ErasedDocuments(DocumentStore store, PersonalDataCipher cipher) {
        this.store = store;
        this.cipher = cipher;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (event.kind() != SubjectKind.PATIENT) {
            return;
        }
        cipher.keys().eraseOnce(SubjectRef.patient(event.subjectId()));
        store.deleteAllOf(event.subjectId(), stored -> !PersonalDataCipher.isSealed(stored)
                || cipher.openFile(stored).isEmpty());
    }
}
