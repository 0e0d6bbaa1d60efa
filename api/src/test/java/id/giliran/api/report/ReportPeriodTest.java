package id.giliran.api.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void canCoverOneMonthAndNameThePreviousOne() {
        ReportPeriod november = ReportPeriod.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 29), TODAY);

        assertThat(november.days()).isEqualTo(29);
        assertThat(november.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void canCoverAWholeLeapYear() {
        ReportPeriod year = ReportPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY);

        assertThat(year.days()).isEqualTo(366);
    }

    @Test
    void cutsAnEndAfterTodayBackToToday() {
        ReportPeriod period = ReportPeriod.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 5), TODAY);

        assertThat(period.to()).isEqualTo(TODAY);
    }

    @Test
    void cannotCoverAReversedRange() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19), TODAY))
                .isInstanceOf(ReportPeriod.Refused.class).hasMessage(ReportPeriod.REVERSED);
    }

    @Test
    void cannotCoverMoreThanAYear() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2), TODAY))
                .isInstanceOf(ReportPeriod.Refused.class).hasMessage(ReportPeriod.TOO_LONG);
    }

    @Test
    void cannotCoverOnlyTheFuture() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 30), TODAY))
                .isInstanceOf(ReportPeriod.Refused.class).hasMessage(ReportPeriod.IN_FUTURE);
    }

    @Test
    void cannotCoverAPeriodWithoutDates() {
        assertThatThrownBy(() -> ReportPeriod.of(null, TODAY, TODAY))
                .isInstanceOf(ReportPeriod.Refused.class).hasMessage(ReportPeriod.MISSING);
    }
}
