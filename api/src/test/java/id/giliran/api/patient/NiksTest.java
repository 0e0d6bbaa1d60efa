package id.giliran.api.patient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The NIK table: region (6 digits), birth date DDMMYY (day + 40 for women), serial (4 digits). */
class NiksTest {

    @ParameterizedTest(name = "{0} born {1} {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // a man born 15 January 1990
            "3201011501900001, 1990-01-15, LAKI_LAKI, AGREES",
            // a woman born on the same day: 15 + 40 = 55
            "3201015501900002, 1990-01-15, PEREMPUAN, AGREES",
            // a girl born on 1 March 2024: 41
            "3578044103240003, 2024-03-01, PEREMPUAN, AGREES",
            // 29 February exists in 2000
            "3201012902000001, 2000-02-29, LAKI_LAKI, AGREES",
            // typed with spaces, dots or dashes is the same NIK once normalised
            "3201.0115-0190 0001, 1990-01-15, LAKI_LAKI, AGREES",
            // wrong length
            "320101150190001, 1990-01-15, LAKI_LAKI, FORMAT_INVALID",
            "32010115019000011, 1990-01-15, LAKI_LAKI, FORMAT_INVALID",
            // letters
            "32010115019O0001, 1990-01-15, LAKI_LAKI, FORMAT_INVALID",
            "-, 1990-01-15, LAKI_LAKI, FORMAT_INVALID",
            // impossible dates: day 32, month 13, day 0, 31 April, 30 February, a woman's day 72
            "3201013201900001, 1990-01-15, LAKI_LAKI, DATE_IMPOSSIBLE",
            "3201011513900001, 1990-01-15, LAKI_LAKI, DATE_IMPOSSIBLE",
            "3201010001900001, 1990-01-15, LAKI_LAKI, DATE_IMPOSSIBLE",
            "3201013104900001, 1990-01-15, LAKI_LAKI, DATE_IMPOSSIBLE",
            "3201013002900001, 1990-01-15, LAKI_LAKI, DATE_IMPOSSIBLE",
            "3201017201900002, 1990-01-15, PEREMPUAN, DATE_IMPOSSIBLE",
            // disagreement with the date entered: day, month, year
            "3201011501900001, 1990-01-16, LAKI_LAKI, BIRTH_DATE_DIFFERS",
            "3201011501900001, 1990-02-15, LAKI_LAKI, BIRTH_DATE_DIFFERS",
            "3201011501900001, 1991-01-15, LAKI_LAKI, BIRTH_DATE_DIFFERS",
            "3201011501900001, -, LAKI_LAKI, BIRTH_DATE_DIFFERS",
            // disagreement with the sex entered: a man's day with a woman, a woman's day with a man
            "3201011501900001, 1990-01-15, PEREMPUAN, SEX_DIFFERS",
            "3201015501900002, 1990-01-15, LAKI_LAKI, SEX_DIFFERS",
            // a woman's NIK whose day was not raised by 40 reads as a man's
            "3201011501900002, 1990-01-15, PEREMPUAN, SEX_DIFFERS",
    })
    void checksANikAgainstTheBirthDateAndSexEntered(String typed, LocalDate birthDate, Sex sex, NikCheck expected) {
        assertThat(Niks.check(Niks.normalise(typed), birthDate, sex)).isEqualTo(expected);
    }

    @Test
    void onlyDisagreementsNeedTheOfficersReason() {
        assertThat(NikCheck.AGREES.needsOverride()).isFalse();
        assertThat(NikCheck.FORMAT_INVALID.needsOverride()).isFalse();
        assertThat(NikCheck.DATE_IMPOSSIBLE.needsOverride()).isTrue();
        assertThat(NikCheck.BIRTH_DATE_DIFFERS.needsOverride()).isTrue();
        assertThat(NikCheck.SEX_DIFFERS.needsOverride()).isTrue();
    }

    @Test
    void decodesTheBirthDateInTheLatestCenturyNotInTheFuture() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(Niks.decode("3201015501900002").orElseThrow().birthDate(today)).contains(LocalDate.of(1990, 1, 15));
        assertThat(Niks.decode("3578044103240003").orElseThrow().birthDate(today)).contains(LocalDate.of(2024, 3, 1));
        assertThat(Niks.decode("3578044103240003").orElseThrow().sex()).isEqualTo(Sex.PEREMPUAN);
        // 30 December '26 has not come yet in November 2026: 1926
        assertThat(Niks.decode("3201013012260001").orElseThrow().birthDate(today)).contains(LocalDate.of(1926, 12, 30));
        assertThat(Niks.decode("3201013201900001")).isEmpty();
    }

    @Test
    void normalisingKeepsNothingForNothing() {
        assertThat(Niks.normalise(" ")).isNull();
        assertThat(Niks.normalise(null)).isNull();
    }
}
