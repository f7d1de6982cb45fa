package dev.marshall.run;

import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;

/**
 * When indicators are recorded: at the end of each whole reporting period
 * (months p, 2p, … up to the horizon; a last partial period is not reported)
 * and at the target month, whose value decides whether the target was met.
 * Shared by both engines.
 */
public final class Reporting {
    private final int[] period;
    private final int[] targetMonth;
    private final boolean[] hasValue;

    public Reporting(Programme programme) {
        int n = programme.indicators().size();
        period = new int[n];
        targetMonth = new int[n];
        hasValue = new boolean[n];
        for (Indicator i : programme.indicators()) {
            int k = i.index();
            hasValue[k] = i.value() != null;
            period[k] = RunLayout.periodsOf(i, programme.horizon()) > 0 ? i.periodMonths() : 0;
            int target = i.target() == null ? 0 : i.target().byMonth();
            targetMonth[k] = target >= 1 && target <= programme.horizon() ? target : 0;
        }
    }

    /** The index of the reporting period ending in {@code month}, or -1 when none ends then. */
    public int periodEndingIn(int indicator, int month) {
        int p = period[indicator];
        return p > 0 && month % p == 0 ? month / p - 1 : -1;
    }

    public boolean isTargetMonth(int indicator, int month) {
        return targetMonth[indicator] == month;
    }

    /** Whether the indicator is evaluated in {@code month} at all. */
    public boolean records(int indicator, int month) {
        return hasValue[indicator] && (periodEndingIn(indicator, month) >= 0 || isTargetMonth(indicator, month));
    }

    /** Stores a value the indicator had at the end of {@code month}. */
    public void record(RunState state, int indicator, double value) {
        int p = periodEndingIn(indicator, state.month);
        if (p >= 0) state.indicatorValues[indicator][p] = value;
        if (isTargetMonth(indicator, state.month)) state.atTarget[indicator] = value;
    }
}
