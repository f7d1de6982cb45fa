package dev.marshall.emit.logframe;

import java.util.ArrayList;
import java.util.List;

/**
 * The reporting periods of an indicator: consecutive periods of
 * {@code every} months from the programme's start, the last ending at or
 * before the horizon — the months at whose end the simulation records the
 * indicator. A target due after the last whole period gets a short period of
 * its own; an indicator with no frequency has one period, up to its target
 * month (or the horizon).
 */
public final class ReportingPeriods {
    private ReportingPeriods() {}

    /** Each period as {@code {startMonth, endMonth}}, programme months. */
    public static List<int[]> of(int periodMonths, int horizon, Integer targetMonth) {
        List<int[]> periods = new ArrayList<>();
        if (periodMonths <= 0) {
            int end = targetMonth != null && targetMonth >= 1 ? targetMonth : horizon;
            if (end >= 1) periods.add(new int[] {1, end});
            return periods;
        }
        int last = 0;
        for (int end = periodMonths; end <= horizon; end += periodMonths) {
            periods.add(new int[] {end - periodMonths + 1, end});
            last = end;
        }
        // A target due after the last whole period still needs a period to be reported in.
        if (targetMonth != null && targetMonth > last) periods.add(new int[] {last + 1, targetMonth});
        return periods;
    }

    /** Whether a target due in {@code targetMonth} falls in the period {@code start..end}. */
    public static boolean holds(int[] period, Integer targetMonth) {
        return targetMonth != null && targetMonth >= period[0] && targetMonth <= period[1];
    }
}
