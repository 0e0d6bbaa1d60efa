package id.giliran.bpjs.reference;

import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsClinicsView;
import id.giliran.api.bpjs.FindPcareClinicsQuery;
import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** "Muat poli PCare" through the real client against the sandbox. */
class PcareClinicListTest {

    private static PcareSandbox sandbox;
    private static PcareClinicList clinics;

    @BeforeAll
    static void start() {
        sandbox = PcareSandbox.start();
        clinics = new PcareClinicList(new PcareClient(sandbox.clientSettings(), Clock.systemUTC(), null));
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
    void readsEveryClinicOfTheFktp() {
        BpjsClinicsView view = clinics.handle(new FindPcareClinicsQuery());

        assertThat(view.loaded()).isTrue();
        assertThat(view.clinics()).extracting(BpjsClinic::code).containsExactly("001", "002", "003", "008", "021");
        assertThat(view.clinics()).filteredOn(clinic -> clinic.code().equals("002")).extracting(BpjsClinic::name)
                                  .containsExactly("GIGI & MULUT");
    }

    @Test
    void anOutageIsExplainedNotThrown() {
        sandbox.simulateOutage(true);

        BpjsClinicsView view = clinics.handle(new FindPcareClinicsQuery());

        assertThat(view.loaded()).isFalse();
        assertThat(view.clinics()).isEmpty();
        assertThat(view.explanation()).isNotBlank();
    }
}
