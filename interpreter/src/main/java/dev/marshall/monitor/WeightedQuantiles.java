package dev.marshall.monitor;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The nearest-rank quantiles of {@code simulate} (language reference §11.5),
 * with a weight per run: the q-quantile is the smallest value v such that the
 * runs at most v carry at least q of the total weight. With equal weights it
 * is exactly the unweighted rule.
 */
final class WeightedQuantiles {
    private WeightedQuantiles() {}

    /** NaN values are left out; NaN when nothing is left. */
    static double of(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        double total = 0;
        int n = 0;
        for (int r = 0; r < values.length; r++) {
            if (Double.isNaN(values[r]) || weights[r] <= 0) continue;
            order[n++] = r;
            total += weights[r];
        }
        if (n == 0) return Double.NaN;
        Integer[] kept = Arrays.copyOf(order, n);
        Arrays.sort(kept, Comparator.comparingDouble((Integer r) -> values[r]).thenComparingInt(r -> r));
        double need = q * total - 1e-12 * total;
        double sum = 0;
        for (Integer r : kept) {
            sum += weights[r];
            if (sum >= need) return values[r];
        }
        return values[kept[n - 1]];
    }

    /** Months where 0 means never (ranked after every month): null when the quantile falls on never. */
    static Double ofMonths(int[] months, double[] weights, double q) {
        double[] values = new double[months.length];
        for (int r = 0; r < months.length; r++) values[r] = months[r] == 0 ? Double.POSITIVE_INFINITY : months[r];
        double v = of(values, weights, q);
        return Double.isInfinite(v) || Double.isNaN(v) ? null : v;
    }
}
