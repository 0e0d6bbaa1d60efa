package id.giliran.queue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.CounterCallView;
import id.giliran.api.queue.DisplayBoardView;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.api.device.DeviceKind;
import id.giliran.device.ui.DeviceGate;
import id.giliran.device.ui.DeviceRefusedView;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.Formats;
import id.giliran.ui.Polling;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The TV in the waiting room: the latest call, the latest call at every counter, the next
 * priority and general numbers, how many wait, today's totals and the admin's running text. It
 * polls the read model every {@value #POLL_MILLIS} ms and speaks every new call and recall (when
 * spoken calls are on). No login, and no names: numbers and counters only. After a server restart
 * the expired session reloads the page by itself (see IndonesianPage). While devices are required only an enrolled
 * display opens it, and a revoked display is sent to the device page at its next poll.
 */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
public class DisplayView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int POLL_MILLIS = 1500;

    private final DisplayService display;
    private final MasterDataService masterData;
    private final Span clock = new Span();
    private final Span latestNumber = new Span();
    private final Span latestCounter = new Span();
    private final Div counters = new Div();
    private final Span nextPriority = new Span();
    private final Span nextGeneral = new Span();
    private final Span waitingCount = new Span();
    private final Span today = new Span();
    private final Span runningTextLine = new Span();
    private final Div runningText = new Div(runningTextLine);
    private final Button enableSound = new Button();
    private final QueueConfigurationService configuration;
    private final DeviceGate gate;
    /** The announcements already on screen: counter, number and how many times announced. */
    private final Set<String> announced = new HashSet<>();
    private boolean firstRefresh = true;

    public DisplayView(DisplayService display, MasterDataService masterData,
                       QueueConfigurationService configuration, DeviceGate gate) {
        this.gate = gate;
        this.display = display;
        this.masterData = masterData;
        this.configuration = configuration;
        addClassName("giliran-display");

        H1 facility = new H1(display.facilityName());
        clock.setId("display-clock");
        Div header = new Div(facility, clock);
        header.addClassName("giliran-display-header");

        latestNumber.setId("display-latest-number");
        latestNumber.addClassName("giliran-display-latest-number");
        latestCounter.setId("display-latest-counter");
        latestCounter.addClassName("giliran-display-latest-counter");
        Div latest = new Div(new Span(getTranslation("display.now-calling")), latestNumber, latestCounter);
        latest.addClassName("giliran-display-latest");

        counters.setId("display-counters");
        counters.addClassName("giliran-display-counters");

        nextPriority.setId("display-next-priority");
        nextGeneral.setId("display-next-general");
        waitingCount.setId("display-waiting");
        Div next = new Div(
                box("display.next-priority", nextPriority),
                box("display.next-general", nextGeneral),
                box("display.waiting", waitingCount));
        next.addClassName("giliran-display-next");

        Div body = new Div(latest, counters, next);
        body.addClassName("giliran-display-body");
        today.setId("display-today");
        runningText.setId("display-running-text");
        runningText.addClassName("giliran-display-running-text");
        enableSound.setId("display-enable-sound");
        enableSound.setText(getTranslation("display.sound.enable"));
        enableSound.addClassName("giliran-display-enable-sound");
        // browsers speak only after a person touched the page once
        enableSound.addClickListener(click -> {
            enableSound.getElement().executeJs("window.giliranSpeech && window.giliranSpeech.unlock()");
            enableSound.setVisible(false);
        });
        Div footer = new Div(today, enableSound);
        footer.addClassName("giliran-display-footer");
        add(header, body, footer, runningText);
        addAttachListener(attach -> attach.getUI().getPage().addJavaScript("context://scripts/giliran-speech.js"));
        refresh();
        Polling.whileAttached(this, POLL_MILLIS, this::poll);
    }

    private Div box(String labelKey, Span value) {
        Div box = new Div(new Span(getTranslation(labelKey)), value);
        box.addClassName("giliran-display-box");
        return box;
    }

    /** Every poll is a request of the display's browser: a revoked or no longer allowed display stops here. */
    void poll() {
        DeviceGate.Standing standing = gate.standing(DeviceKind.DISPLAY);
        if (!standing.allowed()) {
            getUI().ifPresent(ui -> ui.navigate(DeviceRefusedView.class, standing.refusal().name()));
            return;
        }
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DeviceGate.Standing standing = gate.standing(DeviceKind.DISPLAY);
        if (standing.allowed()) {
            gate.renew(standing);
        } else {
            event.rerouteTo(DeviceRefusedView.class, standing.refusal().name());
        }
    }

    void refresh() {
        LocalDateTime now = display.now();
        clock.setText(Formats.date(now.toLocalDate()) + " · " + Formats.time(now));
        DisplayBoardView board = display.board();

        List<CounterCallView> calls = board.latestCalls();
        if (calls.isEmpty()) {
            latestNumber.setText("—");
            latestCounter.setText("");
        } else {
            CounterCallView newest = calls.get(0);
            latestNumber.setText(newest.ticketNumber());
            latestCounter.setText(getTranslation("display.to-counter", newest.counterNumber()));
        }

        Map<Integer, CounterCallView> byCounter = calls.stream()
                .collect(Collectors.toMap(CounterCallView::counterNumber, Function.identity(), (a, b) -> a));
        counters.removeAll();
        for (CounterView counter : masterData.counters()) {
            CounterCallView call = byCounter.get(counter.number());
            Span number = new Span(call == null ? "—" : call.ticketNumber());
            number.setId("display-counter-" + counter.number());
            number.addClassName("giliran-display-counter-number");
            Div card = new Div(new Span(counter.name()), number);
            card.addClassName("giliran-display-counter");
            counters.add(card);
        }

        announceNewCalls(calls);
        today.setText(getTranslation("display.today", board.issuedToday(), board.finishedToday()));
        nextPriority.setText(board.nextPriority() == null ? "—" : "♿ " + board.nextPriority());
        nextGeneral.setText(board.nextGeneral() == null ? "—" : board.nextGeneral());
        waitingCount.setText(getTranslation("display.waiting.count", board.waitingTotal()));
    }

    /**
     * Speaks each call and recall once, oldest first. What is on screen when the display opens is
     * not spoken again.
     */
    private void announceNewCalls(List<CounterCallView> calls) {
        QueueSettingsView settings = configuration.settings();
        String text = settings.runningText() == null ? "" : settings.runningText();
        runningTextLine.setText(text);
        runningText.setVisible(!text.isBlank());
        enableSound.setVisible(enableSound.isVisible() && settings.spokenCalls());
        List<CounterCallView> fresh = calls.stream()
                .filter(call -> announced.add(call.counterNumber() + "|" + call.ticketNumber() + "|" + call.announcement()))
                .sorted(Comparator.comparing(CounterCallView::calledAt))
                .toList();
        if (firstRefresh) {
            firstRefresh = false;
            return;
        }
        if (settings.spokenCalls()) {
            fresh.forEach(call -> getElement().executeJs("window.giliranSpeech && window.giliranSpeech.say($0)",
                    SpokenCall.text(call.ticketNumber(), call.counterNumber())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title");
    }
}
