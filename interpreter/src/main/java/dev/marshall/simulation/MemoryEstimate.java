package dev.marshall.simulation;

import dev.marshall.run.RunLayout;
import dev.marshall.run.RunState;
import java.util.Locale;

/**
 * What a simulation will hold in memory, computed before anything is
 * allocated: when every run's outcome is kept until the quantiles are taken
 * ({@link RunOutcomes}, for monitor and sensitivity: runs × (months +
 * milestones + interventions + reporting periods)), or what a streaming
 * summary keeps ({@link #summaryBytes}); and each worker thread owns a {@link RunState} with a
 * row per replica. A simulation whose estimate exceeds the memory it may use
 * is refused with E087 instead of dying out of memory half way (monitor on a
 * horizon of 1200 months with 100 000 runs would keep about 1 GB).
 */
public final class MemoryEstimate {
    /** What the summary copies while it sorts one column, the Truffle nodes and slack, per simulation. */
    private static final long OVERHEAD_BYTES = 16L << 20;

    private MemoryEstimate() {}

    /** Bytes a simulation of {@code layout} with {@code runs} runs on {@code threads} threads needs, roughly (never less). */
    public static long bytes(RunLayout layout, int runs, int threads) {
        long periods = 0;
        for (int p : layout.periods()) periods += p;
        long intsPerRun = layout.milestones() + 2L * layout.interventions();
        long doublesPerRun = periods + layout.indicators() + layout.horizon();
        long outcomes = (long) runs * (4 * intsPerRun + 8 * doublesPerRun + 3 * 16);
        long perThread = 8L * (layout.params() + doublesPerRun) + 8 * intsPerRun;
        for (int c = 0; c < layout.clusters(); c++) {
            perThread += 8L * layout.replicas()[c] * (layout.properties()[c] + 3L * layout.states()[c]) + 64;
        }
        long summary = 2 * 8L * runs;
        return saturatingAdd(saturatingAdd(outcomes, saturatingMultiply(perThread, threads)), summary + OVERHEAD_BYTES);
    }

    /**
     * Bytes a simulation summarised as its runs finish ({@link StreamingSummary})
     * needs: the exact value columns while it keeps them, else per worker a
     * month histogram per milestone and intervention and a sketch per real
     * quantity (reckoned at 1 024 buckets, one binade of spread — more only for
     * values spread over many orders of magnitude).
     */
    public static long summaryBytes(RunLayout layout, int runs, int threads) {
        long values = StreamingSummary.valuesPerRun(layout);
        long histograms = 8L * (layout.horizon() + 1) * (layout.milestones() + 2L * layout.interventions());
        long perThread = histograms + 8L * layout.indicators();
        for (int c = 0; c < layout.clusters(); c++) {
            perThread += 8L * layout.replicas()[c] * (layout.properties()[c] + 3L * layout.states()[c]) + 64;
        }
        long kept;
        if (StreamingSummary.exact(layout, runs)) {
            kept = saturatingMultiply(8L * values, runs) + 2 * 8L * runs;
        } else {
            perThread += values * 1024 * SKETCH_BUCKET_BYTES;
            kept = values * 1024 * SKETCH_BUCKET_BYTES;
        }
        return saturatingAdd(saturatingAdd(kept, saturatingMultiply(perThread, threads)), OVERHEAD_BYTES);
    }

    /** A sketch bucket: its count, smallest and largest value, bucket key and two hash slots. */
    private static final long SKETCH_BUCKET_BYTES = 8 + 8 + 8 + 4 + 2 * 2 * 4;

    /** The heap a new simulation may still use: the maximum heap less what is in use now. */
    public static long freeHeap() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** "2.9 GB", "640 MB": sizes as people read them. */
    public static String readable(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
        return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes >> 10));
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        return hi != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }
}
