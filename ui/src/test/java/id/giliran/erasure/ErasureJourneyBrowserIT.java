package id.giliran.erasure;

import id.giliran.identity.security.Callers;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.identity.Role;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.PersonalData;
import id.giliran.counseling.ui.CounselingService;
import id.giliran.erasure.ui.ErasureService;
import id.giliran.identity.ui.AccountService;
import id.giliran.patient.ui.PatientService;
import id.giliran.ui.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Hapus data pribadi" in a real headless Chromium at a laptop's screen: a new student with a counseling request
 * (made through the services) is looked up by username, shown by username and roles only, and erased after the
 * confirm dialog; the erasure is listed. A patient registered a moment ago is still inside the retention period of
 * PMK 24/2022 (25 years by default): the screen names the rule and the first day allowed, and the erase button
 * stays off (the command side's own refusal is tested in PersonalDataErasureViewTest). The counselor then sees the erased student's booking as "[dihapus]".
 */
class ErasureJourneyBrowserIT extends BrowserTest {

    private static final String COUNSELOR = "konselor@giliran.id";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Formats.INDONESIAN);
    private static final Browser.NewContextOptions LAPTOP = new Browser.NewContextOptions().setViewportSize(1366, 768);
    private static final LocatorAssertions.ContainsTextOptions FOLLOWED =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Autowired
    AccountService accounts;
    @Autowired
    CounselingService counseling;
    @Autowired
    PatientService patients;
    @Autowired
    ErasureService erasures;

    @Test
    void anAdminErasesAStudentsDataIsRefusedAPatientInsideRetentionAndTheCounselorSeesTheBookingErased() {
        // --- through the services: a new student (never the demo one) with a counseling request, and a new patient
        int suffix = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String studentName = "Anindya Kusumawardhani";
        String topic = "Cemas menghadapi ujian akhir semester";
        String username = as("admin@giliran.id", Role.ADMIN, () -> accounts.open(studentName,
                "siswa.uji" + suffix + "@sekolah.id", "Belajar#2026", "Belajar#2026", Set.of(Role.SISWA)));
        CounselingBookingView booking = as(username, Role.SISWA, () -> {
            var free = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                              .until(() -> counseling.freeSlots(COUNSELOR), slots -> !slots.isEmpty());
            return counseling.request(COUNSELOR, free.get(0).start(), topic, SessionChannel.TATAP_MUKA);
        });
        assertThat(booking.topic()).isEqualTo(topic);
        String patientName = "Sukmawati Handayaningrum";
        PatientView patient = as("loket@giliran.id", Role.PETUGAS_LOKET, () -> patients.register(new PatientDetails(
                null, patientName, "Jember", LocalDate.of(1978, 8, 17), Sex.PEREMPUAN, "Jl. Kenanga 12", "003/004",
                "Tegal Besar", "Kaliwates", "Kabupaten Jember", null, BloodType.B, MaritalStatus.KAWIN, null, null,
                null), null));
        String allowedFrom = DAY.format(erasures.today().plusYears(25));

        // --- the admin, at a laptop: the student's account
        Page admin = browser.newPage(LAPTOP);
        admin.navigate(browser.url("admin/hapus-data"));
        BrowserSession.signIn(admin, "admin@giliran.id", "Admin#2026");
        assertThat(admin.locator("h2")).hasText("Hapus data pribadi");
        admin.locator("#erasure-kind vaadin-radio-button", new Page.LocatorOptions().setHasText("Akun")).click();
        assertThat(admin.locator("#erasure-subject-field label")).hasText("Username");
        admin.locator("#erasure-subject-field input").fill(username);
        admin.locator("#erasure-find").click();
        Locator subject = admin.locator("#erasure-subject");
        assertThat(subject).containsText("Akun " + username + " (Siswa)");
        assertThat(subject).containsText("dapat dihapus sekarang");
        assertThat(subject).not().containsText(studentName);
        assertThat(admin.locator("#erasure-erase")).isEnabled();
        admin.locator("#erasure-reference input").fill("Formulir BK 12/XI/2026");
        admin.locator("#erasure-reason textarea").fill("Permintaan tertulis siswa dan orang tua (UU 27/2022)");
        admin.locator("#erasure-erase").click();

        Locator dialog = admin.locator("vaadin-confirm-dialog-overlay");
        assertThat(dialog).containsText("Hapus data pribadi " + username + "?");
        assertThat(dialog).containsText("tidak dapat dibatalkan");
        settled(admin);
        BrowserSession.screenshot(admin, "hapus-data-konfirmasi");
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Hapus data pribadi")).click();

        assertThat(admin.locator("vaadin-notification-card"))
                .containsText("Data pribadi " + username + " telah dihapus.");
        assertThat(subject).containsText("Data pribadi ini sudah dihapus.");
        assertThat(subject).not().containsText("sebelumnya");
        assertThat(admin.locator("#erasure-erase")).isDisabled();
        Locator done = admin.locator("#erasures");
        assertThat(done).containsText("Akun " + username + " (SISWA)");
        assertThat(done).containsText("Formulir BK 12/XI/2026");
        assertThat(done).containsText("Permintaan tertulis siswa dan orang tua (UU 27/2022)");
        assertThat(done).containsText("admin@giliran.id");
        // emptied after the erasure, not marked as missing
        assertThat(admin.locator("#erasure-reference")).not().hasAttribute("invalid", "");
        assertThat(admin.locator("#erasure-reason")).not().hasAttribute("invalid", "");
        done.scrollIntoViewIfNeeded();
        settled(admin);
        BrowserSession.screenshot(admin, "hapus-data");
        // the next screenshot shows the refusal alone
        assertThat(admin.locator("vaadin-notification-card")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(10_000));

        // --- the patient registered a moment ago: inside the retention period
        admin.locator("#erasure-kind vaadin-radio-button", new Page.LocatorOptions().setHasText("Pasien")).click();
        assertThat(admin.locator("#erasure-subject-field label")).hasText("No. RM");
        assertThat(subject).containsText("Belum ada pasien atau akun yang dipilih.");
        admin.locator("#erasure-subject-field input").fill(patient.medicalRecordNumber());
        admin.locator("#erasure-find").click();
        assertThat(subject).containsText("Pasien No. RM " + patient.medicalRecordNumber());
        assertThat(subject).containsText("Belum pernah berkunjung");
        assertThat(subject).containsText("Rekam medis wajib disimpan paling singkat 25 tahun sejak kunjungan "
                + "terakhir pasien (PMK 24/2022 Pasal 39). Data pribadi pasien ini baru dapat dihapus mulai "
                + allowedFrom + ".");
        assertThat(subject).not().containsText(patientName);
        admin.locator("#erasure-reference input").fill("Surat permohonan 7/2026");
        admin.locator("#erasure-reason textarea").fill("Permintaan pasien (UU 27/2022)");
        // the card says until when the record is kept; there is nothing to press
        assertThat(admin.locator("#erasure-erase")).isDisabled();
        assertThat(done).not().containsText(patient.medicalRecordNumber());
        // the card with the rule at the top of the screen, whole
        subject.evaluate("""
                card => {
                  card.scrollIntoView({block: 'start'});
                  let scroller = card;
                  while (scroller && !(scroller.scrollTop > 0)) {
                    scroller = scroller.parentElement || scroller.getRootNode().host;
                  }
                  if (scroller) {
                    scroller.scrollTop -= 72 - card.getBoundingClientRect().top;
                  }
                }""");
        settled(admin);
        BrowserSession.screenshot(admin, "hapus-data-retensi");
        assertThat(as("loket@giliran.id", Role.PETUGAS_LOKET, () -> patients.find(patient.patientId())))
                .map(found -> found.details().name()).contains(patientName);

        // --- the counselor, in a browser context of their own: the erased student's booking
        Page counselor = browser.newPage(LAPTOP);
        counselor.navigate(browser.url("konselor/janji"));
        BrowserSession.signIn(counselor, COUNSELOR, "Konselor#2026");
        Locator bookings = counselor.locator("#counselor-bookings");
        assertThat(counselor.locator("#chat-" + booking.bookingId())).isVisible();
        // its row: when, student, topic, channel, status, actions
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> assertThat(
                rowOf(counselor, "chat-" + booking.bookingId()).subList(1, 4))
                .containsExactly(PersonalData.ERASED, PersonalData.ERASED, "Tatap muka"));
        assertThat(bookings).not().containsText(studentName);
        assertThat(bookings).not().containsText(topic);
        BrowserSession.screenshot(counselor, "hapus-data-konselor");
    }

    /** Waits until no dialog or notification is still fading in, so a screenshot shows them as people see them. */
    private static void settled(Page page) {
        page.waitForFunction("() => !document.querySelector("
                + "'vaadin-confirm-dialog-overlay[opening], vaadin-notification-card[opening]')");
    }

    /** The texts of the cells of the grid row that holds the element with this id. */
    @SuppressWarnings("unchecked")
    private static List<String> rowOf(Page page, String id) {
        return (List<String>) page.evaluate("""
                id => {
                  const content = document.getElementById(id).closest('vaadin-grid-cell-content');
                  const grid = content.closest('vaadin-grid');
                  const row = grid.shadowRoot.querySelector('slot[name="' + content.slot + '"]').closest('tr');
                  return Array.from(row.querySelectorAll('slot'))
                              .map(slot => slot.assignedElements().map(cell => cell.innerText.trim()).join(' '));
                }""", id);
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        // runAs: the person's work, also inside the test's Callers.asSystem
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        Callers.runAs(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))), () -> result.set(work.get()));
        return result.get();
    }
}
