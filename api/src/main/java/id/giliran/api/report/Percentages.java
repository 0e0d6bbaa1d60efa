package id.giliran.api.report;

/**
 * Whole percentages of a few counts that add up to exactly 100 (largest remainder method): what a
 * person expects of "Baru 33 % · Lama 67 %". All zeros give all zeros.
 */
public final class Percentages {

    private Percentages() {
    }

    public static int[] of(long... counts) {
        int[] result = new int[counts.length];
        long total = 0;
        for (long count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("negative count");
            }
            total += count;
        }
        if (total == 0) {
            return result;
        }
        long[] remainders = new long[counts.length];
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            result[i] = (int) (counts[i] * 100 / total);
            remainders[i] = counts[i] * 100 % total;
            given += result[i];
        }
        // the points left over go to the largest remainders, the earlier one first on a tie
        for (int left = 100 - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < counts.length; i++) {
                if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
        }
        return result;
    }
}
