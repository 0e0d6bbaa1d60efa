package id.giliran.erasure.command;

import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectRef;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The backstop of {@link Erasure}: destroys the key of every erased subject from the event, in its own processing
 * group (tracked, so it resumes where it stopped). The erasure destroys the key right after its commit; this
 * handler covers a crash between the two, and runs wherever the processor runs. It is idempotent and safe to
 * replay: {@link SubjectKeys} destroys a subject's key only while the key store records no erasure of it, so a
 * key made for what the subject did after the erasure survives a rebuild.
 */
@Component
@ProcessingGroup(ErasedSubjectKeys.PROCESSING_GROUP)
class ErasedSubjectKeys {

    static final String PROCESSING_GROUP = "personal-data-erasure";

    private final SubjectKeys keys;

    ErasedSubjectKeys(SubjectKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        keys.destroy(new SubjectRef(event.kind(), event.subjectId()));
    }
}
