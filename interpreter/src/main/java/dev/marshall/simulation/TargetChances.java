package dev.marshall.simulation;

import dev.marshall.model.Indicator;
import dev.marshall.model.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * The chance of meeting each total target of an indicator (targets per year or period). The final target is
 * judged at its month ({@link Summary#meetsTarget}); an earlier one by the report that holds its month — the first
 * reporting period ending at or after it — in the direction of the final target. Runs are counted one at a time
 * ({@link #count}), so the counts can be kept while runs stream past, without keeping their values.
 */
final class TargetChances {
    private TargetChances() {}

    /** The reporting period (index) that judges {@code t}, or -1 when none does (no period, or after the last). */
    static int periodOf(Indicator indicator, Target t, int periods) {
        if (indicator.periodMonths() <= 0 || t.byMonth() < 1) return -1;
        int period = (t.byMonth() + indicator.periodMonths() - 1) / indicator.periodMonths() - 1;
        return period < periods ? period : -1;
    }

    /**
     * Adds one run: {@code met[j]} counts the runs whose report meets the j-th of the indicator's
     * {@code totals} ({@link Indicator#totalTargets}, read once by the caller), the final one aside.
     */
    static void count(Indicator indicator, List<Target> totals, double[] reported, long[] met) {
        if (indicator.target() == null || indicator.value() == null) return;
        for (int j = 0; j < totals.size(); j++) {
            Target t = totals.get(j);
            if (t == indicator.target()) continue;
            int period = periodOf(indicator, t, reported.length);
            if (period >= 0 && Summary.meets(indicator, t.value(), reported[period])) met[j]++;
        }
    }

    /** Each total target with its share of runs; the final one gets {@code finalMet}, one no report judges NaN. */
    static List<SimulationResult.TargetOutcome> outcomes(Indicator indicator, long[] met, int runs, int periods, double finalMet) {
        List<SimulationResult.TargetOutcome> out = new ArrayList<>();
        if (indicator.target() == null || indicator.value() == null) return out;
        List<Target> totals = indicator.totalTargets();
        for (int j = 0; j < totals.size(); j++) {
            Target t = totals.get(j);
            double p = t == indicator.target() ? finalMet
                    : periodOf(indicator, t, periods) >= 0 && runs > 0 ? (double) met[j] / runs : Double.NaN;
            out.add(new SimulationResult.TargetOutcome(t.byMonth(), t.value(), p));
        }
        return out;
    }
}
