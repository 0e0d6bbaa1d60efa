package id.giliran.queue.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpokenCallTest {

    @Test
    void aCallIsReadLetterByLetterAndDigitByDigitWithTheCounterAsAWord() {
        assertThat(SpokenCall.text("P-003", 1)).isEqualTo("Nomor antrean, pe, nol nol tiga. Silakan menuju loket satu.");
        assertThat(SpokenCall.text("B-120", 2)).isEqualTo("Nomor antrean, be, satu dua nol. Silakan menuju loket dua.");
        assertThat(SpokenCall.text("A-1000", 12))
                .isEqualTo("Nomor antrean, a, satu nol nol nol. Silakan menuju loket dua belas.");
    }

    @Test
    void countersAreIndonesianNumberWords() {
        assertThat(SpokenCall.words(10)).isEqualTo("sepuluh");
        assertThat(SpokenCall.words(11)).isEqualTo("sebelas");
        assertThat(SpokenCall.words(19)).isEqualTo("sembilan belas");
        assertThat(SpokenCall.words(20)).isEqualTo("dua puluh");
        assertThat(SpokenCall.words(47)).isEqualTo("empat puluh tujuh");
        assertThatThrownBy(() -> SpokenCall.words(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
