package id.giliran.queue;

import com.microsoft.playwright.Page;
import id.giliran.BrowserSession;
import id.giliran.BrowserTest;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The display speaks every call and recall in Indonesian, one after the other: a spy replaces the
 * browser's speech synthesis in a real Chromium and records what is said and whether two
 * utterances ever overlapped.
 */
class DisplaySpeechBrowserIT extends BrowserTest {

    /** Each utterance "lasts" 700 ms; a second speak() before the first ended counts as an overlap. */
    static final String SPEECH_SPY = """
            window.__spoken = [];
            window.__overlaps = 0;
            let active = 0;
            window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                getVoices: () => [{ lang: 'id-ID', name: 'Bahasa Indonesia' }],
                cancel: () => {},
                speak: (utterance) => {
                    active++;
                    if (active > 1) { window.__overlaps++; }
                    window.__spoken.push({ text: utterance.text, lang: utterance.lang });
                    setTimeout(() => { active--; utterance.onend && utterance.onend(); }, 700);
                }
            }});
            """;

    @Autowired
    KioskService kiosk;
    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;

    @Test
    void everyCallAndRecallIsSpokenInTurnWithoutOverlapping() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
        List<CounterView> counters = masterData.counters();
        while (calling.callNext(counters.get(0)).isPresent()) {
            // start from an empty queue
        }
        TicketView first = kiosk.takeTicket(new TicketRequest(TicketCategory.PRIORITY, PriorityReason.LANSIA,
                PaymentType.BPJS, "UMUM"));
        TicketView second = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "GIGI"));

        Page display = browser.newPage();
        display.addInitScript(SPEECH_SPY);
        display.navigate(browser.url("display"));
        display.locator("#display-enable-sound").click();
        assertThat(display.locator("#display-enable-sound")).isHidden();

        // two counters call within one polling interval: both calls are spoken, one after the other
        TicketView calledFirst = calling.callNext(counters.get(0)).orElseThrow();
        TicketView calledSecond = calling.callNext(counters.get(1)).orElseThrow();
        assertThat(List.of(calledFirst.number(), calledSecond.number()))
                .containsExactlyInAnyOrder(first.number(), second.number());
        await().atMost(Duration.ofSeconds(20)).until(() -> spokenCount(display) >= 2);
        // a recall is spoken again
        calling.recall(calledFirst);
        await().atMost(Duration.ofSeconds(20)).until(() -> spokenCount(display) >= 3);
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> spoken = (List<java.util.Map<String, Object>>) display.evaluate(
                "window.__spoken");
        String firstText = "Nomor antrean, " + spell(calledFirst.number()) + ". Silakan menuju loket satu.";
        String secondText = "Nomor antrean, " + spell(calledSecond.number()) + ". Silakan menuju loket dua.";
        assertThat(spoken).extracting(utterance -> utterance.get("text"))
                          .containsExactly(firstText, secondText, firstText);
        assertThat(spoken).allSatisfy(utterance -> assertThat(utterance.get("lang")).isEqualTo("id-ID"));
        assertThat(((Number) display.evaluate("window.__overlaps")).intValue()).isZero();
        assertThat(display.locator("#display-latest-number")).hasText(calledFirst.number());
        BrowserSession.screenshot(display, "display-spoken");
    }

    private static int spokenCount(Page display) {
        return ((Number) display.evaluate("window.__spoken.length")).intValue();
    }

    private static String spell(String number) {
        return id.giliran.queue.ui.SpokenCall.text(number, 1)
                                             .replace("Nomor antrean, ", "")
                                             .replace(". Silakan menuju loket satu.", "");
    }
}
