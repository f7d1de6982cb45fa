package dev.marshall.sensitivity;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A variance-based first-order index from one sample (the "given data"
 * estimator): the runs are sorted by the param's value and cut into bins of
 * equal count; the share of the outcome's variance that lies between the
 * bins' means is what the param explains alone. The between-bin variance of
 * a param with no effect is not zero in a finite sample — about (B − 1) / n of
 * the total — so that expected part is subtracted (as ε² does in an analysis
 * of variance) and the index is clamped to 0..1: a param without effect gets
 * about 0.
 */
final class FirstOrderIndex {
    /** Fewer runs than this make the bins too small for the index to mean anything. */
    static final int MIN_RUNS = 200;

    private FirstOrderIndex() {}

    static int bins(int runs) {
        return Math.max(5, Math.min(20, runs / 100));
    }

    static double of(double[] param, double[] outcome) {
        int n = param.length;
        if (n < MIN_RUNS) return Double.NaN;
        double mean = 0;
        for (double y : outcome) mean += y;
        mean /= n;
        double total = 0;
        for (double y : outcome) total += (y - mean) * (y - mean);
        if (total == 0) return 0;   // the outcome does not vary: nothing to explain
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) order[r] = r;
        Arrays.sort(order, Comparator.comparingDouble((Integer r) -> param[r]).thenComparingInt(r -> r));
        int wanted = bins(n);
        double between = 0;
        int binsMade = 0;
        int start = 0;
        while (start < n) {
            int end = Math.min(n, (int) Math.round((double) (binsMade + 1) * n / wanted));
            if (end <= start) end = start + 1;
            while (end < n && param[order[end]] == param[order[end - 1]]) end++;   // ties stay in one bin
            double sum = 0;
            for (int k = start; k < end; k++) sum += outcome[order[k]];
            double binMean = sum / (end - start);
            between += (end - start) * (binMean - mean) * (binMean - mean);
            binsMade++;
            start = end;
        }
        if (binsMade < 2) return 0;   // the param took one value: it explains nothing
        double within = total - between;
        double corrected = between - (binsMade - 1) * within / (n - binsMade);
        return Math.max(0, Math.min(1, corrected / total));
    }
}
