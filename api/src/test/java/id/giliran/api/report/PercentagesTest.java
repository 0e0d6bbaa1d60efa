package id.giliran.api.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class PercentagesTest {

    @Test
    void thirdsAddUpToOneHundred() {
        assertThat(Percentages.of(1, 1, 1)).containsExactly(34, 33, 33);
    }

    @Test
    void theLargestRemainderGetsThePointLeftOver() {
        // 1/3 = 33.3 %, 2/3 = 66.7 %
        assertThat(Percentages.of(1, 2)).containsExactly(33, 67);
    }

    @Test
    void manyUnevenCountsAlwaysAddUpToOneHundred() {
        for (int a = 0; a < 30; a++) {
            for (int b = 0; b < 30; b++) {
                int[] shares = Percentages.of(a, b, 7, 13);
                assertThat(Arrays.stream(shares).sum()).isEqualTo(100);
            }
        }
    }

    @Test
    void nothingCountedGivesZeros() {
        assertThat(Percentages.of(0, 0)).containsExactly(0, 0);
    }

    @Test
    void oneCountIsTheWhole() {
        assertThat(Percentages.of(0, 42)).containsExactly(0, 100);
    }
}
