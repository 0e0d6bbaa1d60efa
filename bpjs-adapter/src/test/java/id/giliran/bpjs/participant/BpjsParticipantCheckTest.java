package id.giliran.bpjs.participant;

import id.giliran.api.bpjs.BpjsCheckOutcome;
import id.giliran.api.bpjs.BpjsCheckView;
import id.giliran.api.bpjs.CheckBpjsParticipantQuery;
import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.pcare.PcareSettings;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** "Cek BPJS" through the real client against the sandbox. */
class BpjsParticipantCheckTest {

    private static PcareSandbox sandbox;
    private static BpjsParticipantCheck check;

    @BeforeAll
    static void start() {
        sandbox = PcareSandbox.start();
        check = new BpjsParticipantCheck(new PcareClient(sandbox.clientSettings(), Clock.systemUTC(), null));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.resetFaults();
    }

    @Test
    void findsAnActiveParticipantByCardNumber() {
        BpjsCheckView view = check.handle(new CheckBpjsParticipantQuery(" " + PcareSandbox.ACTIVE_CARD + " "));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.FOUND);
        assertThat(view.number()).isEqualTo(PcareSandbox.ACTIVE_CARD);
        assertThat(view.participant().name()).isEqualTo("SITI AMINAH");
        assertThat(view.participant().active()).isTrue();
        assertThat(view.participant().participantClass()).isNotBlank();
        assertThat(view.participant().participantType()).isNotBlank();
        assertThat(view.participant().providerName()).isNotBlank();
        assertThat(view.participant().validUntil()).isAfter(LocalDate.of(2020, 1, 1));
        assertThat(view.explanation()).isNull();
    }

    @Test
    void findsAnActiveParticipantByNik() {
        BpjsCheckView view = check.handle(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_NIK));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.FOUND);
        assertThat(view.participant().cardNumber()).isEqualTo(PcareSandbox.ACTIVE_CARD);
    }

    @Test
    void findsAnInactiveParticipantAsNotActive() {
        BpjsCheckView view = check.handle(new CheckBpjsParticipantQuery(PcareSandbox.INACTIVE_CARD));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.FOUND);
        assertThat(view.participant().name()).isEqualTo("AGUS SETIAWAN");
        assertThat(view.participant().active()).isFalse();
    }

    @Test
    void explainsAnUnknownCardNumber() {
        BpjsCheckView view = check.handle(new CheckBpjsParticipantQuery(PcareSandbox.UNKNOWN_CARD));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.NOT_FOUND);
        assertThat(view.participant()).isNull();
        assertThat(view.explanation()).startsWith("Peserta dengan nomor ini tidak ditemukan di BPJS");
    }

    @Test
    void asksNothingForInputThatIsNeitherCardNumberNorNik() {
        for (String bad : new String[] {null, "", "12345", "000123456789", "0001234567890a", "00012345678901"}) {
            BpjsCheckView view = check.handle(new CheckBpjsParticipantQuery(bad));
            assertThat(view.outcome()).as(bad).isEqualTo(BpjsCheckOutcome.INVALID);
            assertThat(view.explanation()).as(bad).contains("13 angka").contains("16 angka");
        }
    }

    @Test
    void explainsAnOutageOfBpjs() {
        sandbox.simulateOutage(true);

        BpjsCheckView view = check.handle(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_CARD));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.FAILED);
        assertThat(view.failureKind()).isEqualTo("SERVER_ERROR");
        assertThat(view.retryable()).isTrue();
        assertThat(view.explanation()).startsWith("Server BPJS sedang bermasalah.").contains("Coba cek lagi");
    }

    @Test
    void explainsThatBpjsCannotBeReached() {
        PcareSandbox stopped = PcareSandbox.start();
        PcareSettings settings = stopped.clientSettings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
        stopped.close();
        BpjsParticipantCheck offline = new BpjsParticipantCheck(new PcareClient(settings, Clock.systemUTC(), null));

        BpjsCheckView view = offline.handle(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_NIK));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.FAILED);
        assertThat(view.failureKind()).isEqualTo("UNREACHABLE");
        assertThat(view.explanation()).startsWith("Server BPJS tidak dapat dihubungi.");
    }

    @Test
    void explainsRefusedCredentials() {
        PcareSettings wrong = PcareSettings.of("27952", "wrong-secret", "sandbox-user-key", "pkm.cibinong",
                "Sandbox#2026", sandbox.baseUrl());
        BpjsParticipantCheck refused = new BpjsParticipantCheck(new PcareClient(wrong, Clock.systemUTC(), null));

        BpjsCheckView view = refused.handle(new CheckBpjsParticipantQuery(PcareSandbox.ACTIVE_CARD));

        assertThat(view.outcome()).isEqualTo(BpjsCheckOutcome.FAILED);
        assertThat(view.failureKind()).isEqualTo("UNAUTHORIZED");
        assertThat(view.retryable()).isFalse();
        assertThat(view.explanation()).startsWith("Akses ke BPJS ditolak");
    }
}
