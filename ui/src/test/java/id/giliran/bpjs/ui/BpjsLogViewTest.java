package id.giliran.bpjs.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Pre;
import id.giliran.api.bpjs.BpjsCheckView;
import id.giliran.api.bpjs.CheckBpjsParticipantQuery;
import id.giliran.api.bpjs.PcareCallLogEntry;
import id.giliran.api.identity.Role;
import id.giliran.bpjs.sandbox.PcareSandbox;
import id.giliran.ui.KaribuTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Log BPJS": an officer's check appears masked, with who, status and duration; the day's report; filters. */
class BpjsLogViewTest extends KaribuTest {

    @Autowired
    QueryGateway queryGateway;
    @Autowired
    BpjsAdminService bpjs;
    @Autowired
    Clock clock;

    @Test
    void anOfficersCheckIsInTheDaysLogMaskedWithItsDetails() {
        String registration = "reg-" + UUID.randomUUID();
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        BpjsCheckView answer = queryGateway.query(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_CARD, registration,
                null), BpjsCheckView.class).join();
        assertThat(answer.isFound()).isTrue();
        signIn("admin@giliran.id", Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        PcareCallLogEntry logged = await().pollInSameThread().until(() -> bpjs.callLog(today, null, null).stream()
                .filter(call -> registration.equals(call.registrationId())).findFirst().orElse(null),
                java.util.Objects::nonNull);

        UI.getCurrent().navigate(BpjsLogView.class);
        BpjsLogView view = (BpjsLogView) UI.getCurrent().getCurrentView();

        List<PcareCallLogEntry> rows = _findAll(view.calls);
        assertThat(rows).extracting(PcareCallLogEntry::callId).contains(logged.callId());
        assertThat(logged.username()).isEqualTo("loket@giliran.id");
        assertThat(logged.action()).isEqualTo("FIND_PARTICIPANT_BY_CARD");
        assertThat(logged.httpStatus()).isEqualTo(200);
        assertThat(logged.outcome()).isEqualTo("SUCCESS");
        assertThat(logged.durationMillis()).isNotNegative();
        assertThat(view.status(logged)).isEqualTo("HTTP 200");
        assertThat(view.outcomeText(logged)).isEqualTo("Berhasil");
        assertThat(rows).allSatisfy(row -> assertThat(row.toString())
                .doesNotContain(PcareSandbox.ACTIVE_CARD, PcareSandbox.ACTIVE_NIK, "SITI AMINAH"));

        var details = view.details(logged);
        List<String> texts = _find(details, Pre.class).stream().map(Pre::getText).toList();
        assertThat(texts).hasSize(2);
        assertThat(texts.get(1)).contains("noKartu", "S*** A***").doesNotContain(PcareSandbox.ACTIVE_CARD);

        var counts = bpjs.callCounts(today);
        assertThat(counts.outcome("SUCCESS")).isPositive();
        assertThat(view.callReport.getText()).startsWith("Panggilan ke PCare: " + counts.total() + " — ");
        var visits = bpjs.visitCounts(today);
        assertThat(view.visitReport.getText()).startsWith("Kunjungan BPJS pada tanggal layanan ini: "
                + visits.bridged() + " terdaftar di PCare, " + visits.failed() + " gagal, " + visits.pending());
    }

    @Test
    void theFiltersNarrowTheDaysCalls() {
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        queryGateway.query(new CheckBpjsParticipantQuery(PcareSandbox.UNKNOWN_CARD), BpjsCheckView.class).join();
        signIn("admin@giliran.id", Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        await().pollInSameThread().until(() -> !bpjs.callLog(today, null, "NO_DATA").isEmpty());
        UI.getCurrent().navigate(BpjsLogView.class);
        BpjsLogView view = (BpjsLogView) UI.getCurrent().getCurrentView();

        view.outcome.setValue("NO_DATA");

        assertThat(_findAll(view.calls)).isNotEmpty().allMatch(call -> call.outcome().equals("NO_DATA"));
        view.outcome.clear();
        view.action.setValue("ADD_VISIT");
        assertThat(_findAll(view.calls)).allMatch(call -> call.action().equals("ADD_VISIT"));
        view.action.clear();
        view.day.setValue(today.minusYears(1));
        assertThat(_findAll(view.calls)).isEmpty();
        assertThat(view.callReport.getText()).startsWith("Panggilan ke PCare: 0 — ");
    }
}
