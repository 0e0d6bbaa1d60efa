package id.giliran.history.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.history.RecordKind;
import id.giliran.api.history.RecordRef;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The finder and the timeline on the application's own records: an account (its holder's name
 * masked), a clinic (its name shown: a place, not a person), a counselor's calendar and the settings.
 */
class FinderKindsTest extends KaribuTest {

    @Autowired
    HistoryService history;

    private Optional<RecordRef> found(RecordKind kind, String text) {
        return history.find(kind, text, null);
    }

    @Test
    void anAccountsTimelineMasksItsHoldersName() {
        signIn("auditor@giliran.id", Role.AUDITOR);
        RecordRef account = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> found(RecordKind.USER_ACCOUNT, "Auditor@Giliran.id"), Optional::isPresent).orElseThrow();
        assertThat(account.aggregateId()).isEqualTo("auditor@giliran.id");

        UI.getCurrent().navigate(TimelineView.class, account.aggregateId());
        TimelineView view = (TimelineView) UI.getCurrent().getCurrentView();
        List<TimelineEntry> entries = _findAll(view.entries);
        TimelineEntry opened = entries.stream().filter(entry -> entry.eventType().equals("UserRegisteredEvent"))
                                      .findFirst().orElseThrow();
        assertThat(EventLabels.of(view, opened)).isEqualTo("Akun dibuka");
        assertThat(opened.field("displayName")).isEqualTo("A" + "•".repeat(10) + "o");
        assertThat(opened.field("username")).isEqualTo("auditor@giliran.id");
    }

    @Test
    void aClinicACounselorAndTheSettingsAreFoundByTheirNames() {
        signIn("admin@giliran.id", Role.ADMIN);
        RecordRef clinic = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> found(RecordKind.CLINIC, "umum"), Optional::isPresent).orElseThrow();
        Timeline clinicTimeline = history.timeline(clinic.aggregateId(), null).orElseThrow();
        assertThat(clinicTimeline.aggregateType()).isEqualTo("Clinic");
        assertThat(clinicTimeline.entries().get(0).field("name")).isEqualTo("Poli Umum");

        RecordRef counselor = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> found(RecordKind.COUNSELOR, "konselor@giliran.id"), Optional::isPresent).orElseThrow();
        assertThat(counselor.aggregateId()).isEqualTo("konseling:konselor@giliran.id");
        assertThat(history.timeline(counselor.aggregateId(), null)).map(Timeline::aggregateType).contains("Counselor");

        assertThat(found(RecordKind.SETTING, "antrean")).map(RecordRef::aggregateId).contains(ConfigureQueueCommand.SETTINGS_ID);
        assertThat(found(RecordKind.SETTING, "layanan-bk")).map(RecordRef::aggregateId).contains(ServiceFrame.ID);
        assertThat(found(RecordKind.CLINIC, "TIDAK-ADA")).isEmpty();
    }
}
