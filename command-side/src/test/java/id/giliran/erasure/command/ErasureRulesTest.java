package id.giliran.erasure.command;

import org.junit.jupiter.api.Test;

import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retention period as configured (giliran.privacy.medical-record-retention). */
class ErasureRulesTest {

    @Test
    void theRetentionPeriodIsAnIsoPeriod() {
        assertThat(ErasureRules.parse(" P25Y ")).isEqualTo(Period.ofYears(25));
        assertThat(ErasureRules.parse("P30Y6M")).isEqualTo(Period.of(30, 6, 0));
    }

    @Test
    void aMalformedOrNegativeRetentionPeriodStopsTheStart() {
        assertThatThrownBy(() -> ErasureRules.parse("25 tahun"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GILIRAN_MEDICAL_RECORD_RETENTION");
        assertThatThrownBy(() -> ErasureRules.parse("P-1Y")).isInstanceOf(IllegalArgumentException.class);
    }
}
