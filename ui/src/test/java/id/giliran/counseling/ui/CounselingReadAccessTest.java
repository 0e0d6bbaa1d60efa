package id.giliran.counseling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.api.identity.Role;
import id.giliran.audit.ui.AuditService;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A counselor opening a student's booking and reading its chat leaves access entries with the
 * booking's id only (no student, no topic, no message); the student reading their own does not.
 */
class CounselingReadAccessTest extends KaribuTest {

    @Test
    void theCounselorOpeningTheBookingsChatIsRecordedTheStudentsOwnReadsAreNot() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String counselor = "konselor" + n + "@sekolah.id";
        String student = "siswa" + n + "@sekolah.id";
        String topic = "Rahasia topik " + n;
        CounselingService counseling = context.getBean(CounselingService.class);

        signIn(counselor, Role.KONSELOR);
        UI.getCurrent().navigate(CounselorProfileView.class);
        CounselorProfileView profile = (CounselorProfileView) UI.getCurrent().getCurrentView();
        profile.name.setValue("Konselor Jejak " + n);
        profile.specializations.setValue(Set.of(Specialization.KARIER));
        profile.channels.setValue(Set.of(SessionChannel.CHAT));
        _click(profile.save);
        UI.getCurrent().navigate(CounselorHoursView.class);
        CounselorHoursView hours = (CounselorHoursView) UI.getCurrent().getCurrentView();
        hours.weekly.setValue(List.of());
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            hours.weekly.addRow(new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        }
        hours.session.setValue(45);
        hours.buffer.setValue(15);
        hours.notice.setValue(0);
        _click(hours.save);
        clearNotifications();

        signIn(student, Role.SISWA);
        UI.getCurrent().navigate(CounselorBookingView.class, counselor);
        CounselorBookingView request = (CounselorBookingView) UI.getCurrent().getCurrentView();
        List<Button> slots = _find(_get(Div.class, spec -> spec.withId("free-slots")), Button.class);
        _click(slots.get(0));
        request.topic.setValue(topic);
        request.channel.setValue(SessionChannel.CHAT);
        _click(request.submit);
        clearNotifications();
        CounselingBookingView booking = counseling.myBookings().stream()
                .filter(mine -> mine.topic().equals(topic)).findFirst().orElseThrow();
        UI.getCurrent().navigate(CounselingChatView.class, booking.bookingId());
        ((CounselingChatView) UI.getCurrent().getCurrentView()).text.setValue("Pesan rahasia " + n);
        _click(((CounselingChatView) UI.getCurrent().getCurrentView()).send);

        signIn(counselor, Role.KONSELOR);
        UI.getCurrent().navigate(CounselorAppointmentsView.class);
        UI.getCurrent().navigate(CounselingChatView.class, booking.bookingId());
        assertThat(counseling.messages(booking.bookingId())).hasSize(1);

        signIn("auditor@giliran.id", Role.AUDITOR);
        AuditService audit = context.getBean(AuditService.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<AuditEntryView> counselors = audit.find(new FindAuditEntriesQuery(counselor, null, null, null, null,
                    AuditEntryKind.ACCESS, null, 100));
            assertThat(counselors).extracting(AuditEntryView::action).containsExactly("RecordAccessed COUNSELING_CHAT",
                    "RecordAccessed COUNSELING_CHAT", "RecordAccessed COUNSELING_BOOKING");
            assertThat(counselors).allSatisfy(entry -> {
                assertThat(entry.aggregateId()).isEqualTo(booking.bookingId());
                assertThat(entry.roles()).isEqualTo("KONSELOR");
                assertThat(entry.toString()).doesNotContain(student, topic, "Rahasia", "Pesan", "siswa");
            });
        });
        assertThat(audit.find(new FindAuditEntriesQuery(student, null, null, null, null, AuditEntryKind.ACCESS, null,
                100))).as("the student's reads of their own booking are not staff access").isEmpty();
    }
}
