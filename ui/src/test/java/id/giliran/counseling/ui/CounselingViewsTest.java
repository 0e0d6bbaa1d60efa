package id.giliran.counseling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.github.mvysny.kaributesting.v10.GridKt;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorSort;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.StudentAccount;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.api.identity.Role;
import id.giliran.inbox.ui.InboxBell;
import id.giliran.inbox.ui.InboxService;
import id.giliran.inbox.ui.InboxView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The counseling screens of both sides, browserless, against the whole application. */
class CounselingViewsTest extends KaribuTest {

    private CounselingService counseling;
    private String counselor;
    private String counselorName;
    private String student;

    @BeforeEach
    void aCounselorOfTheirOwnWithHoursEveryWeekday() {
        counseling = context.getBean(CounselingService.class);
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        counselor = "konselor" + n + "@sekolah.id";
        counselorName = "Konselor Uji " + n;
        student = "siswa" + n + "@sekolah.id";
        signIn(counselor, Role.KONSELOR);

        UI.getCurrent().navigate(CounselorProfileView.class);
        CounselorProfileView profile = (CounselorProfileView) UI.getCurrent().getCurrentView();
        profile.name.setValue(counselorName);
        profile.specializations.setValue(Set.of(Specialization.KARIER, Specialization.AKADEMIK));
        profile.bio.setValue("Membantu memilih jurusan.");
        profile.channels.setValue(Set.of(SessionChannel.TATAP_MUKA, SessionChannel.CHAT));
        _click(profile.save);
        expectNotifications("Profil tersimpan.");

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
        expectNotifications("Jam operasional tersimpan.");
    }

    private CounselorBookingView openBooking() {
        UI.getCurrent().navigate(CounselorBookingView.class, counselor);
        return (CounselorBookingView) UI.getCurrent().getCurrentView();
    }

    private List<Button> slotButtons() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(_get(Div.class, spec -> spec.withId("free-slots")),
                Button.class);
    }

    private CounselingBookingView requestFirstFreeSlot(String topic) {
        CounselorBookingView view = openBooking();
        List<Button> slots = slotButtons();
        assertThat(slots).as("free slots of the next two weeks").isNotEmpty();
        _click(slots.get(0));
        view.topic.setValue(topic);
        view.channel.setValue(SessionChannel.CHAT);
        _click(view.submit);
        clearNotifications();
        return counseling.myBookings().stream().filter(booking -> booking.topic().equals(topic)).findFirst().orElseThrow();
    }

    private static Button action(CounselorAppointmentsView list, int row, String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get((HorizontalLayout) GridKt._getCellComponent(
                list.grid, row, "actions"), Button.class, spec -> spec.withId(id));
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void aStudentFindsTheCounselorPicksAFreeTimeAndSeesTheRequestPending() {
        signIn(student, Role.SISWA);
        UI.getCurrent().navigate(CounselorsView.class);
        CounselorsView directory = (CounselorsView) UI.getCurrent().getCurrentView();
        directory.specialization.setValue(Specialization.KARIER);
        directory.sort.setValue(CounselorSort.NAME);
        String card = text("counselor-" + DomIds.of(counselor));
        assertThat(card).contains(counselorName, "Karier", "Akademik", "Belum ada ulasan", "Waktu kosong terdekat");
        directory.specialization.setValue(Specialization.PERUNDUNGAN);
        assertThat(_find(Div.class, spec -> spec.withId("counselor-" + DomIds.of(counselor)))).isEmpty();
        directory.specialization.setValue(null);
        _click(_get(Button.class, spec -> spec.withId("choose-" + DomIds.of(counselor))));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CounselorBookingView.class);

        CounselorBookingView view = (CounselorBookingView) UI.getCurrent().getCurrentView();
        assertThat(view.channel.getListDataView().getItems()).containsExactlyInAnyOrder(SessionChannel.TATAP_MUKA,
                SessionChannel.CHAT);
        Slot first = counseling.freeSlots(counselor).get(0);
        _click(slotButtons().get(0));
        assertThat(view.chosenText.getText()).contains(id.giliran.ui.Formats.time(first.start()));
        view.topic.setValue("Bingung memilih jurusan kuliah");
        view.channel.setValue(SessionChannel.TATAP_MUKA);
        _click(view.submit);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyCounselingView.class);
        CounselingBookingView booking = counseling.myBookings().get(0);
        assertThat(booking.status()).isEqualTo(CounselingStatus.PENDING);
        assertThat(booking.slot()).isEqualTo(first);
        assertThat(text("booking-" + booking.bookingId())).contains(counselorName, "Menunggu konfirmasi",
                "Bingung memilih jurusan kuliah", "Tatap muka");
        await().pollInSameThread().untilAsserted(() ->
                assertThat(counseling.freeSlots(counselor)).as("the slot is held").doesNotContain(first));
    }

    @Test
    void theRequestNeedsATopicAndNothingIsStoredWithout() {
        signIn(student, Role.SISWA);
        CounselorBookingView view = openBooking();
        _click(view.submit);
        expectNotifications("Pilih dulu salah satu waktu yang masih kosong.");
        _click(slotButtons().get(0));
        view.channel.setValue(SessionChannel.CHAT);
        _click(view.submit);
        expectNotifications("Tuliskan topik yang ingin dibicarakan.");
        assertThat(counseling.myBookings()).isEmpty();
    }

    @Test
    void aSlotTakenMeanwhileIsRefusedWithFreshSlots() {
        signIn(student, Role.SISWA);
        CounselorBookingView view = openBooking();
        Slot first = counseling.freeSlots(counselor).get(0);
        _click(slotButtons().get(0));

        // another student takes the same time while this one is still typing
        signIn("lain" + student, Role.SISWA);
        counseling.request(counselor, first.start(), "Masalah dengan teman", SessionChannel.CHAT);

        signIn(student, Role.SISWA);
        view.topic.setValue("Kesulitan belajar matematika");
        view.channel.setValue(SessionChannel.CHAT);
        _click(view.submit);
        expectNotifications("Maaf, waktu itu baru saja dipesan orang lain. Daftar waktu kosong sudah diperbarui; pilih waktu lain.");
        assertThat(view.chosenText.getText()).isEmpty();
        assertThat(slotButtons()).extracting(Button::getId).map(java.util.Optional::orElseThrow)
                .doesNotContain("slot-" + CounselorBookingView.SLOT_ID.format(first.start()));
        assertThat(counseling.myBookings()).isEmpty();
    }

    @Test
    void theCounselorConfirmsAndTheStudentSeesIt() {
        signIn(student, Role.SISWA);
        CounselingBookingView booking = requestFirstFreeSlot("Konsultasi jadwal belajar");

        signIn(counselor, Role.KONSELOR);
        UI.getCurrent().navigate(CounselorAppointmentsView.class);
        CounselorAppointmentsView list = (CounselorAppointmentsView) UI.getCurrent().getCurrentView();
        assertThat(list.grid.getListDataView().getItems().map(CounselingBookingView::bookingId))
                .containsExactly(booking.bookingId());
        _click(action(list, 0, "confirm-" + booking.bookingId()));
        expectNotifications("Janji dengan " + student + " terkonfirmasi.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find((HorizontalLayout) GridKt._getCellComponent(
                list.grid, 0, "actions"), Button.class, spec -> spec.withId("confirm-" + booking.bookingId()))).isEmpty();

        signIn(student, Role.SISWA);
        UI.getCurrent().navigate(MyCounselingView.class);
        assertThat(text("booking-" + booking.bookingId())).contains("Terkonfirmasi");
    }

    @Test
    void aPostponedBookingMovesToTheAlternativeTheStudentTakes() {
        signIn(student, Role.SISWA);
        CounselingBookingView booking = requestFirstFreeSlot("Ingin pindah jurusan");

        signIn(counselor, Role.KONSELOR);
        UI.getCurrent().navigate(CounselorAppointmentsView.class);
        CounselorAppointmentsView list = (CounselorAppointmentsView) UI.getCurrent().getCurrentView();
        list.postpone(booking);
        ReasonDialog dialog = _get(ReasonDialog.class, spec -> spec.withId("postpone-dialog"));
        @SuppressWarnings("unchecked")
        var alternatives = (com.vaadin.flow.component.checkbox.CheckboxGroup<Slot>) _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("postpone-alternatives"));
        List<Slot> offered = alternatives.getListDataView().getItems().limit(5).skip(3).toList();
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        alternatives.setValue(Set.copyOf(offered));
        dialog.reason.setValue("Ada rapat guru");
        _click(dialog.confirm);
        expectNotifications("Janji dengan " + student + " diundur; siswa diminta memilih waktu pengganti.");

        signIn(student, Role.SISWA);
        UI.getCurrent().navigate(MyCounselingView.class);
        assertThat(text("booking-" + booking.bookingId())).contains("Diundur", "Ada rapat guru");
        Slot taken = offered.get(1);
        _click(_get(Button.class, spec -> spec.withId("take-" + booking.bookingId() + "-"
                + CounselorBookingView.SLOT_ID.format(taken.start()))));
        CounselingBookingView moved = counseling.booking(booking.bookingId()).orElseThrow();
        assertThat(moved.status()).isEqualTo(CounselingStatus.CONFIRMED);
        assertThat(moved.slot()).isEqualTo(taken);
        await().pollInSameThread().untilAsserted(() -> assertThat(counseling.freeSlots(counselor))
                .as("the other alternative is free again, the old time too")
                .contains(offered.get(0), booking.slot()).doesNotContain(taken));
    }

    @Test
    void aCounselorRequestsOnAStudentsBehalfAndTheStudentSeesWhoAsked() {
        signIn("siswa@giliran.id", Role.SISWA);
        counseling.myBookings().stream().filter(booking -> booking.counselorId().equals(counselor)).findAny()
                  .ifPresent(booking -> { throw new AssertionError("fresh counselor"); });

        signIn(counselor, Role.KONSELOR);
        CounselorBookingView view = openBooking();
        StudentAccount demo = counseling.students("Siswa Demo").stream()
                .filter(account -> account.username().equals("siswa@giliran.id")).findFirst().orElseThrow();
        _click(slotButtons().get(0));
        view.topic.setValue("Sering terlambat dan tampak murung");
        view.channel.setValue(SessionChannel.TATAP_MUKA);
        view.student.setValue(demo);
        _click(view.submit);
        expectNotifications("Untuk pengajuan atas nama siswa, isi nama pengaju, hubungannya dengan siswa, dan alasannya.");
        view.requesterName.setValue("Bapak Darto");
        view.relation.setValue(RequesterRelation.WALI_KELAS);
        view.onBehalfReason.setValue("Nilai turun sejak bulan lalu");
        _click(view.submit);

        signIn("siswa@giliran.id", Role.SISWA);
        CounselingBookingView booking = counseling.myBookings().stream()
                .filter(candidate -> candidate.counselorId().equals(counselor)).findFirst().orElseThrow();
        assertThat(booking.onBehalf().requesterName()).isEqualTo("Bapak Darto");
        assertThat(booking.requestedBy()).isEqualTo(counselor);
        UI.getCurrent().navigate(MyCounselingView.class);
        assertThat(text("booking-" + booking.bookingId())).contains("Diajukan oleh Bapak Darto (Wali kelas)");
    }

    @Test
    void newHoursThatLeaveABookingOutAreListedNotDropped() {
        signIn(student, Role.SISWA);
        CounselingBookingView booking = requestFirstFreeSlot("Tes minat bakat");

        signIn(counselor, Role.KONSELOR);
        UI.getCurrent().navigate(CounselorHoursView.class);
        CounselorHoursView hours = (CounselorHoursView) UI.getCurrent().getCurrentView();
        DayOfWeek bookedDay = booking.slot().start().getDayOfWeek();
        hours.weekly.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                .filter(day -> day != bookedDay)
                .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(12, 0))).toList());
        _click(hours.save);
        expectNotifications("Jam operasional tersimpan.");

        assertThat(text("bookings-outside-hours")).contains("1 janji berada di luar jam operasional", student);
        await().pollInSameThread().untilAsserted(() -> {
            CounselingBookingView kept = counseling.booking(booking.bookingId()).orElseThrow();
            assertThat(kept.status()).isEqualTo(CounselingStatus.PENDING);
            assertThat(kept.outsideHours()).as("flagged in the counselor's list").isTrue();
        });
    }

    @Test
    void hoursOutsideTheServiceFrameAreRefusedOnScreen() {
        UI.getCurrent().navigate(CounselorHoursView.class);
        CounselorHoursView hours = (CounselorHoursView) UI.getCurrent().getCurrentView();
        hours.weekly.addRow(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(10, 0)));
        _click(hours.save);
        expectNotifications("Jam tidak valid: setiap jam perlu hari serta jam mulai sebelum jam selesai, tidak boleh "
                + "tumpang tindih, dan harus di dalam jam layanan BK sekolah.");
        hours.weekly.setValue(List.of());
        hours.weekly.addRow(new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0)));
        hours.session.setValue(60);
        _click(hours.save);
        expectNotifications("Lama sesi harus 30 sampai 45 menit; jeda antarsesi 0 sampai 120 menit; pemberitahuan "
                + "minimum 0 sampai 7 hari.");
        assertThat(counseling.me().orElseThrow().hours().weekly()).hasSize(5);
    }

    @Test
    void everyChangeReachesTheOtherSidesInbox() {
        signIn(student, Role.SISWA);
        CounselingBookingView booking = requestFirstFreeSlot("Cemas menjelang ujian");

        signIn(counselor, Role.KONSELOR);
        InboxService inbox = context.getBean(InboxService.class);
        await().pollInSameThread().until(() -> inbox.unread() >= 1);
        UI.getCurrent().navigate(InboxView.class);
        assertThat(text("inbox-list")).contains("Cemas menjelang ujian");
        InboxBell bell = _get(InboxBell.class, spec -> spec.withId("inbox-bell"));
        await().pollInSameThread().untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(_get(bell, Span.class, spec -> spec.withId("inbox-unread")).getText()).as("the bell in the header").isEqualTo(Long.toString(inbox.unread()));
        });
        long before = inbox.unread();
        _click(_get(Button.class, spec -> spec.withId("inbox-mark-all")));
        assertThat(inbox.messages()).allMatch(message -> message.read());
        assertThat(inbox.unread()).isZero();
        assertThat(before).isPositive();

        counseling.confirm(booking);
        signIn(student, Role.SISWA);
        await().pollInSameThread().until(() -> inbox.messages().stream()
                .anyMatch(message -> message.body().contains(counselorName) || message.title().contains("konfirm")));
    }

    @Test
    void theStudentCancelsWithAReasonAndTheTimeIsFreeAgain() {
        signIn(student, Role.SISWA);
        CounselingBookingView booking = requestFirstFreeSlot("Tidak jadi");
        UI.getCurrent().navigate(MyCounselingView.class);
        _click(_get(Button.class, spec -> spec.withId("cancel-" + booking.bookingId())));
        ReasonDialog dialog = _get(ReasonDialog.class, spec -> spec.withId("cancel-dialog"));
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        dialog.reason.setValue("Ada ujian susulan");
        _click(dialog.confirm);

        assertThat(text("booking-" + booking.bookingId())).contains("Dibatalkan", "Ada ujian susulan");
        await().pollInSameThread().untilAsserted(() ->
                assertThat(counseling.freeSlots(counselor)).contains(booking.slot()));
    }

    @Test
    void adminSetsTheServiceFrameAndTheDemoCounselorsAreInTheDirectory() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(CounselingAdminView.class);
        CounselingAdminView admin = (CounselingAdminView) UI.getCurrent().getCurrentView();
        assertThat(admin.frame.getValue()).hasSize(5);
        try {
            admin.frame.addRow(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(11, 0)));
            _click(admin.save);
            expectNotifications("Jam layanan BK tersimpan.");
            assertThat(counseling.frame().hours()).hasSize(6);

            admin.frame.addRow(new WeeklyHours(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
            _click(admin.save);
            expectNotifications("Jam tidak valid: setiap jam perlu hari serta jam mulai sebelum jam selesai, tidak boleh "
                    + "tumpang tindih, dan harus di dalam jam layanan BK sekolah.");
            assertThat(counseling.frame().hours()).as("nothing stored").hasSize(6);
        } finally {
            counseling.setFrame(id.giliran.api.counseling.ServiceFrame.DEFAULT.hours());
        }

        UI.getCurrent().navigate(CounselorsView.class);
        assertThat(text("counselor-konselor-giliran-id")).contains("Rina Wulandari");
        assertThat(text("counselor-konselor2-giliran-id")).contains("Agus Setiawan", "Kecemasan");
    }

    @Test
    void theStudentAndTheCounselorChatAboutTheBookingUntilItIsCancelled() {
        signIn(student, Role.SISWA);
        CounselingBookingView booking = requestFirstFreeSlot("Ingin bertanya dulu");
        UI.getCurrent().navigate(MyCounselingView.class);
        UI.getCurrent().navigate(_get(com.vaadin.flow.router.RouterLink.class,
                spec -> spec.withId("chat-" + booking.bookingId())).getHref());
        CounselingChatView chat = (CounselingChatView) UI.getCurrent().getCurrentView();
        _click(chat.send);
        expectNotifications("Tulis pesannya (paling banyak 1000 karakter).");
        chat.text.setValue("Bu, apakah sesi ini boleh lewat chat saja?");
        _click(chat.send);
        assertThat(text("chat-messages")).contains("Bu, apakah sesi ini boleh lewat chat saja?");
        assertThat(chat.text.getValue()).isEmpty();

        signIn(counselor, Role.KONSELOR);
        UI.getCurrent().navigate(CounselingChatView.class, booking.bookingId());
        CounselingChatView reply = (CounselingChatView) UI.getCurrent().getCurrentView();
        await().pollInSameThread().untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(text("chat-messages")).contains("Bu, apakah sesi ini boleh lewat chat saja?");
        });
        reply.text.setValue("Boleh. Sampai jumpa di sesi.");
        _click(reply.send);
        assertThat(counseling.messages(booking.bookingId())).extracting(message -> message.text())
                .containsExactly("Bu, apakah sesi ini boleh lewat chat saja?", "Boleh. Sampai jumpa di sesi.");

        signIn("lain" + student, Role.SISWA);
        assertThat(counseling.messages(booking.bookingId())).as("nobody else reads it").isEmpty();

        signIn(student, Role.SISWA);
        counseling.cancel(booking, "Sudah terjawab lewat chat");
        UI.getCurrent().navigate(CounselingChatView.class, booking.bookingId());
        CounselingChatView closed = (CounselingChatView) UI.getCurrent().getCurrentView();
        assertThat(closed.send.isEnabled()).isFalse();
    }
}
