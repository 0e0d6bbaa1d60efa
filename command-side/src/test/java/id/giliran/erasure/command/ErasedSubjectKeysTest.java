package id.giliran.erasure.command;

import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The backstop destroys the erased subject's key from the event, as often as the event comes (replays). */
class ErasedSubjectKeysTest {

    @Test
    void everyErasureEventDestroysItsSubjectsKey() {
        List<SubjectRef> destroyed = new ArrayList<>();
        ErasedSubjectKeys backstop = new ErasedSubjectKeys(destroyed::add);
        PersonalDataErasedEvent event = new PersonalDataErasedEvent("ERASURE:PATIENT:p-1", SubjectKind.PATIENT, "p-1",
                "Surat 7", "Permintaan pasien", "admin@puskesmas.id", Instant.parse("2026-11-22T01:00:00Z"));

        backstop.on(event);
        backstop.on(event);

        assertThat(destroyed).containsExactly(SubjectRef.patient("p-1"), SubjectRef.patient("p-1"));
    }
}
