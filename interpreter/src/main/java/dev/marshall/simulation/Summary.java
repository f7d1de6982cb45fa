package dev.marshall.simulation;

import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.simulation.SimulationResult.IndicatorOutcome;
import dev.marshall.simulation.SimulationResult.InterventionOutcome;
import dev.marshall.simulation.SimulationResult.MilestoneOutcome;
import dev.marshall.simulation.SimulationResult.MonthlySpend;
import dev.marshall.simulation.SimulationResult.PeriodOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every run's outcome into the {@link SimulationResult}: shares of runs
 * and p10/p50/p90 quantiles (nearest rank, see {@link Quantiles}).
 *
 * <ul>
 *   <li>A milestone is on time in a run when it was reached by its due month.</li>
 *   <li>An indicator meets its target in a run when its value at the target
 *       month is at least the target — or at most, when the target lies below
 *       the baseline (a falling indicator). Values within 1e-9 (relative) of
 *       the target count as meeting it. With no target, no value or a target
 *       month beyond the horizon the probability is NaN.</li>
 *   <li>An intervention's end is its last active month within the horizon.</li>
 * </ul>
 */
public final class Summary {
    private static final double[] QS = {0.1, 0.5, 0.9};

    private Summary() {}

    public static SimulationResult of(Programme programme, SimulationOptions options, RunOutcomes outcomes) {
        int runs = outcomes.runs();
        int horizon = programme.horizon();

        List<MilestoneOutcome> milestones = new ArrayList<>();
        for (Milestone m : programme.milestones()) {
            int[] months = outcomes.milestoneMonth[m.index()];
            int onTime = 0;
            int never = 0;
            for (int month : months) {
                if (month == 0) never++;
                else if (month <= m.due()) onTime++;
            }
            milestones.add(new MilestoneOutcome(m.name(), m.due(), share(onTime, runs), share(never, runs),
                    Quantiles.ofMonths(months, QS[0]), Quantiles.ofMonths(months, QS[1]), Quantiles.ofMonths(months, QS[2])));
        }

        List<IndicatorOutcome> indicators = new ArrayList<>();
        for (Indicator i : programme.indicators()) {
            double[][] values = outcomes.indicator[i.index()];
            List<PeriodOutcome> periods = new ArrayList<>();
            for (int p = 0; p < values.length; p++) {
                double[] sorted = Quantiles.sortedNumbers(values[p]);
                periods.add(new PeriodOutcome((p + 1) * i.periodMonths(),
                        Quantiles.ofSorted(sorted, QS[0]), Quantiles.ofSorted(sorted, QS[1]), Quantiles.ofSorted(sorted, QS[2])));
            }
            double finalMet = targetMet(i, horizon, outcomes.atTarget[i.index()]);
            indicators.add(new IndicatorOutcome(i.name(), periods, finalMet, targetsMet(i, values, finalMet)));
        }

        List<InterventionOutcome> interventions = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            int[] starts = outcomes.start[i.index()];
            int[] ends = new int[runs];
            int started = 0;
            for (int r = 0; r < runs; r++) {
                if (starts[r] == 0) continue;
                started++;
                ends[r] = Math.max(starts[r], Math.min(horizon, outcomes.end[i.index()][r]));
            }
            interventions.add(new InterventionOutcome(i.name(), share(started, runs),
                    Quantiles.ofMonths(starts, QS[0]), Quantiles.ofMonths(starts, QS[1]), Quantiles.ofMonths(starts, QS[2]),
                    Quantiles.ofMonths(ends, QS[0]), Quantiles.ofMonths(ends, QS[1]), Quantiles.ofMonths(ends, QS[2])));
        }

        List<MonthlySpend> spend = new ArrayList<>();
        for (int m = 1; m <= horizon; m++) {
            double[] sorted = Quantiles.sortedNumbers(outcomes.spend[m - 1]);
            spend.add(new MonthlySpend(m, Quantiles.ofSorted(sorted, QS[0]), Quantiles.ofSorted(sorted, QS[1]),
                    Quantiles.ofSorted(sorted, QS[2])));
        }

        return new SimulationResult(runs, options.seed(), horizon, options.overrides(),
                milestones, indicators, interventions, spend, programme.budget());
    }

    private static double targetMet(Indicator indicator, int horizon, double[] atTarget) {
        if (indicator.target() == null || indicator.value() == null) return Double.NaN;
        int month = indicator.target().byMonth();
        if (month < 1 || month > horizon) return Double.NaN;
        int met = 0;
        for (double v : atTarget) {
            if (meetsTarget(indicator, v)) met++;
        }
        return share(met, atTarget.length);
    }

    /** Every total target's probability ({@link TargetChances}), counted run by run over the kept values. */
    private static List<SimulationResult.TargetOutcome> targetsMet(Indicator indicator, double[][] values, double finalMet) {
        long[] met = TargetChances.counters(indicator);
        int runs = values.length == 0 ? 0 : values[0].length;
        double[] reported = new double[values.length];
        for (int r = 0; r < runs; r++) {
            for (int p = 0; p < values.length; p++) reported[p] = values[p][r];
            TargetChances.count(indicator, reported, met);
        }
        return TargetChances.outcomes(indicator, met, runs, values.length, finalMet);
    }

    /**
     * Whether {@code value} at the target month meets an indicator's target:
     * at least the target, or at most when the target lies below the baseline
     * (a falling indicator), within 1e-9 relative. The indicator has a target.
     */
    public static boolean meetsTarget(Indicator indicator, double value) {
        return meets(indicator, indicator.target().value(), value);
    }

    /** Whether {@code value} meets {@code target}, in the direction of the indicator's final target. */
    static boolean meets(Indicator indicator, double target, double value) {
        boolean falling = indicator.baseline() != null && indicator.target().value() < indicator.baseline();
        double tolerance = 1e-9 * Math.max(1, Math.abs(target));
        return falling ? value <= target + tolerance : value >= target - tolerance;
    }

    private static double share(int count, int runs) {
        return (double) count / runs;
    }
}
