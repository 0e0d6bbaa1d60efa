package id.giliran.counseling;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The two usage flows of seed 000 in a real headless Chromium, from the demo data of README
 * command 1: a student registers, signs in, picks a counselor and a free time and books; the
 * counselor signs in, sees the booking and confirms it; then a second booking is postponed with
 * alternatives and the student takes one.
 */
class CounselingJourneyBrowserIT extends BrowserTest {

    private static final LocatorAssertions.ContainsTextOptions FOLLOWED =
            new LocatorAssertions.ContainsTextOptions().setTimeout(12_000);

    @Test
    void aStudentBooksTheCounselorConfirmsThenPostponesAndTheStudentTakesAnotherTime() {
        String email = "siswa" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999) + "@sekolah.id";
        Page student = browser.newPage(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true));

        // step 1-2: registers and signs in
        student.navigate(browser.url("daftar"));
        student.locator("#register-name input").fill("Dewi Lestari");
        student.locator("#register-username input").fill(email);
        student.locator("#register-password input").fill("Belajar#2026");
        student.locator("#register-password-again input").fill("Belajar#2026");
        student.locator("#register-role vaadin-radio-button", new Page.LocatorOptions().setHasText("Siswa")).click();
        student.locator("#register-invitation input").fill("SISWA-DEMO-2026");
        student.locator("#register-submit").click();
        BrowserSession.signIn(student, email, "Belajar#2026");

        // step 3: picks a counselor from the directory
        student.navigate(browser.url("konseling"));
        Locator card = student.locator("#counselor-konselor-giliran-id");
        assertThat(card).containsText("Rina Wulandari");
        assertThat(card).containsText("Belum ada ulasan");
        student.locator("#choose-konselor-giliran-id").click();
        assertThat(student.locator("#counselor-profile")).containsText("Rina Wulandari");

        // step 4-5: picks a free time, states the topic and the channel, sends the request
        Locator firstFree = student.locator("#free-slots vaadin-button").first();
        String time = firstFree.textContent();
        firstFree.click();
        assertThat(student.locator("#chosen-slot")).containsText(time.substring(0, 5));
        student.locator("#counseling-topic textarea").fill("Bingung memilih jurusan");
        student.locator("#counseling-channel vaadin-radio-button", new Page.LocatorOptions().setHasText("Chat")).click();
        student.locator("#counseling-submit").click();
        assertThat(student).hasURL(browser.url("konseling/janji-saya"));
        Locator first = student.locator(".giliran-counseling-card", new Page.LocatorOptions().setHasText("Bingung memilih jurusan"));
        assertThat(first).containsText("Menunggu konfirmasi");
        assertThat(first).containsText(time);
        BrowserSession.screenshot(student, "counseling-requested");

        // the counselor signs in, sees the booking and confirms it
        Page counselor = browser.newPage();
        counselor.navigate(browser.url("konselor/janji"));
        BrowserSession.signIn(counselor, "konselor@giliran.id", "Konselor#2026");
        // the header's inbox bell counts the new request
        assertThat(counselor.locator("#inbox-bell")).hasAttribute("title",
                java.util.regex.Pattern.compile("[1-9]\\d* pesan belum dibaca"));
        String firstId = first.getAttribute("id").substring("booking-".length());
        assertThat(counselor.locator("#counselor-bookings")).containsText("Dewi Lestari");
        counselor.locator("#confirm-" + firstId).click();
        assertThat(counselor.locator("vaadin-notification-card")).containsText("terkonfirmasi");
        assertThat(first).containsText("Terkonfirmasi", FOLLOWED);
        BrowserSession.screenshot(counselor, "counseling-confirmed");

        // step 6: the student asks something before the session; the counselor answers; both see it live
        student.locator("#chat-" + firstId).click();
        student.locator("#chat-text textarea").fill("Bu, perlu membawa rapor?");
        student.locator("#chat-text textarea").press("Enter");
        assertThat(student.locator("#chat-messages")).containsText("Bu, perlu membawa rapor?");
        counselor.locator("#chat-" + firstId).click();
        assertThat(counselor.locator("#chat-messages")).containsText("Bu, perlu membawa rapor?");
        counselor.locator("#chat-text textarea").fill("Ya, bawa rapor semester lalu.");
        counselor.locator("#chat-send").click();
        assertThat(student.locator("#chat-messages")).containsText("Ya, bawa rapor semester lalu.", FOLLOWED);
        BrowserSession.screenshot(student, "counseling-chat");
        counselor.navigate(browser.url("konselor/janji"));

        // a second request, which the counselor postpones with two alternative times
        student.navigate(browser.url("konseling/konselor/konselor@giliran.id"));
        student.locator("#free-slots vaadin-button").first().click();
        student.locator("#counseling-topic textarea").fill("Konflik dengan teman sekelas");
        student.locator("#counseling-channel vaadin-radio-button", new Page.LocatorOptions().setHasText("Tatap muka")).click();
        student.locator("#counseling-submit").click();
        Locator second = student.locator(".giliran-counseling-card", new Page.LocatorOptions().setHasText("Konflik dengan teman"));
        assertThat(second).containsText("Menunggu konfirmasi");
        String secondId = second.getAttribute("id").substring("booking-".length());

        counselor.reload();
        counselor.locator("#postpone-" + secondId).click();
        Locator alternatives = counselor.locator("#postpone-alternatives vaadin-checkbox");
        alternatives.nth(2).click();
        alternatives.nth(3).click();
        counselor.locator("#postpone-reason textarea").fill("Ada rapat guru");
        counselor.locator("#postpone-confirm").click();
        assertThat(counselor.locator("vaadin-notification-card")).containsText("diundur");

        // the student takes one of the alternatives: confirmed at the new time
        assertThat(second).containsText("Diundur", FOLLOWED);
        assertThat(second).containsText("Ada rapat guru");
        Locator take = student.locator("[id^='take-" + secondId + "']").nth(1);
        String taken = take.textContent().replace("Pilih ", "");
        BrowserSession.screenshot(student, "counseling-postponed");
        take.click();
        assertThat(second).containsText("Terkonfirmasi");
        assertThat(second).containsText(taken);

        counselor.reload();
        assertThat(counselor.locator("#counselor-bookings")).containsText(taken.substring(taken.indexOf("·") + 2, taken.indexOf("·") + 7));
        BrowserSession.screenshot(counselor, "counseling-moved");
    }
}
