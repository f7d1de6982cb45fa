package dev.marshall.simulation;

import java.util.Arrays;

/**
 * Quantiles by the nearest-rank rule: the q-quantile of n values is the
 * smallest value v such that at least q·n of them are at most v. It always
 * is one of the values (a month stays a whole month), and it does not depend
 * on the order the runs finished in.
 */
public final class Quantiles {
    private Quantiles() {}

    /** The 1-based rank of the q-quantile among n sorted values. */
    static int rank(double q, int n) {
        return (int) rank(q, (long) n);
    }

    /** The 1-based rank of the q-quantile among n sorted values, for counts beyond an int. */
    static long rank(double q, long n) {
        // A small tolerance keeps 0.5 * 1000 at rank 500 despite rounding.
        return Math.max(1, Math.min(n, (long) Math.ceil(q * n - 1e-9)));
    }

    /** The q-quantile of values (NaN are left out); NaN when there are none. */
    public static double of(double[] values, double q) {
        return ofSorted(sortedNumbers(values), q);
    }

    /** The values without NaN, sorted: compute once, then take several quantiles with {@link #ofSorted}. */
    public static double[] sortedNumbers(double[] values) {
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    public static double ofSorted(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[rank(q, sorted.length) - 1];
    }

    /**
     * The q-quantile of months where 0 means "never" (ranked after every month);
     * null when it falls on "never", i.e. fewer than q of the runs got there.
     */
    public static Double ofMonths(int[] months, double q) {
        int[] sorted = Arrays.stream(months).map(m -> m == 0 ? Integer.MAX_VALUE : m).sorted().toArray();
        if (sorted.length == 0) return null;
        int m = sorted[rank(q, sorted.length) - 1];
        return m == Integer.MAX_VALUE ? null : (double) m;
    }
}
