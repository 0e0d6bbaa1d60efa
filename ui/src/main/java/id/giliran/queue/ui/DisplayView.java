package id.giliran.queue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.CounterCallView;
import id.giliran.api.queue.DisplayBoardView;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.ui.Formats;
import id.giliran.ui.Polling;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The TV in the waiting room: the latest call, the latest call at every counter, the next
 * priority and general numbers and how many wait. It polls the read model every
 * {@value #POLL_MILLIS} ms. No login, and no names: numbers and counters only.
 */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
public class DisplayView extends Div implements HasDynamicTitle {

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

    public DisplayView(DisplayService display, MasterDataService masterData) {
        this.display = display;
        this.masterData = masterData;
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
        add(header, body);
        refresh();
        Polling.whileAttached(this, POLL_MILLIS, this::refresh);
    }

    private Div box(String labelKey, Span value) {
        Div box = new Div(new Span(getTranslation(labelKey)), value);
        box.addClassName("giliran-display-box");
        return box;
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

        nextPriority.setText(board.nextPriority() == null ? "—" : "♿ " + board.nextPriority());
        nextGeneral.setText(board.nextGeneral() == null ? "—" : board.nextGeneral());
        waitingCount.setText(getTranslation("display.waiting.count", board.waitingTotal()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title");
    }
}
