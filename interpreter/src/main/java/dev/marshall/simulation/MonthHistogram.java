package dev.marshall.simulation;

import java.util.Arrays;

/**
 * How many runs ended on each month (0: never), kept exactly: a month is a
 * whole number no larger than the horizon, so one count per month holds every
 * run's figure in memory that does not grow with the number of runs. Merging
 * adds counts, so it does not depend on the order runs were added in.
 */
public final class MonthHistogram {
    private long[] counts;
    private long total;

    /** An empty histogram with room for months 0 … {@code horizon} (more grow it). */
    public MonthHistogram(int horizon) {
        counts = new long[Math.max(1, horizon + 1)];
    }

    /** Adds one run's month (0: never; negative months are not months and are refused). */
    public void add(int month) {
        if (month < 0) throw new IllegalArgumentException("month " + month);
        if (month >= counts.length) counts = Arrays.copyOf(counts, month + 1);
        counts[month]++;
        total++;
    }

    /** Adds {@code other}'s runs. */
    public void merge(MonthHistogram other) {
        if (other.counts.length > counts.length) counts = Arrays.copyOf(counts, other.counts.length);
        for (int m = 0; m < other.counts.length; m++) counts[m] += other.counts[m];
        total += other.total;
    }

    /** How many runs were added. */
    public long runs() { return total; }

    /** Runs that never got there (month 0). */
    public long never() { return counts[0]; }

    /** Runs that got there in month 1 … {@code month}. */
    public long byMonth(int month) {
        long n = 0;
        for (int m = 1; m <= Math.min(month, counts.length - 1); m++) n += counts[m];
        return n;
    }

    /** How many counts are kept: what memory grows with (the horizon, not the runs). */
    public int slots() { return counts.length; }

    /**
     * The q-quantile by nearest rank with "never" ranked after every month, as
     * {@link Quantiles#ofMonths}: null when it falls on "never" or there are no runs.
     */
    public Double quantile(double q) {
        if (total == 0) return null;
        long rank = Quantiles.rank(q, total);
        long seen = 0;
        for (int m = 1; m < counts.length; m++) {
            seen += counts[m];
            if (seen >= rank) return (double) m;
        }
        return null;
    }
}
