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
 * Turns the runs' outcomes into the {@link SimulationResult}: shares of runs
 * and p10/p50/p90 quantiles (nearest rank, see {@link Quantiles}), from the
 * counts, histograms and values a {@link StreamingSummary} kept.
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

    /** The summary of runs kept one by one ({@link RunOutcomes}): exact. */
    public static SimulationResult of(Programme programme, SimulationOptions options, RunOutcomes outcomes) {
        return StreamingSummary.of(programme, options, outcomes);
    }

    /**
     * The statistics of {@code runs} runs folded into {@code fold}; real values
     * come from the exact columns when given ([indicator][period][run],
     * [month - 1][run]), else from the fold's sketches.
     */
    static SimulationResult of(Programme programme, SimulationOptions options, int runs, SummaryFold fold,
                               double[][][] exactIndicator, double[][] exactSpend) {
        int horizon = programme.horizon();

        List<MilestoneOutcome> milestones = new ArrayList<>();
        for (Milestone m : programme.milestones()) {
            MonthHistogram months = fold.milestone[m.index()];
            milestones.add(new MilestoneOutcome(m.name(), m.due(), share(months.byMonth(m.due()), runs),
                    share(months.never(), runs), months.quantile(QS[0]), months.quantile(QS[1]), months.quantile(QS[2])));
        }

        List<IndicatorOutcome> indicators = new ArrayList<>();
        for (Indicator i : programme.indicators()) {
            int k = i.index();
            int count = exactIndicator != null ? exactIndicator[k].length : fold.indicator[k].length;
            List<PeriodOutcome> periods = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                double[] q = exactIndicator != null ? quantiles(exactIndicator[k][p]) : quantiles(fold.indicator[k][p]);
                periods.add(new PeriodOutcome((p + 1) * i.periodMonths(), q[0], q[1], q[2]));
            }
            double finalMet = targetMet(i, horizon, fold.targetMet[k], runs);
            indicators.add(new IndicatorOutcome(i.name(), periods, finalMet,
                    TargetChances.outcomes(i, fold.targetsMet[k], runs, count, finalMet)));
        }

        List<InterventionOutcome> interventions = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            MonthHistogram starts = fold.start[i.index()];
            MonthHistogram ends = fold.end[i.index()];
            interventions.add(new InterventionOutcome(i.name(), share(runs - starts.never(), runs),
                    starts.quantile(QS[0]), starts.quantile(QS[1]), starts.quantile(QS[2]),
                    ends.quantile(QS[0]), ends.quantile(QS[1]), ends.quantile(QS[2])));
        }

        List<MonthlySpend> spend = new ArrayList<>();
        for (int m = 1; m <= horizon; m++) {
            double[] q = exactSpend != null ? quantiles(exactSpend[m - 1]) : quantiles(fold.spend[m - 1]);
            spend.add(new MonthlySpend(m, q[0], q[1], q[2]));
        }

        return new SimulationResult(runs, options.seed(), horizon, options.overrides(),
                milestones, indicators, interventions, spend, programme.budget(),
                exactIndicator != null ? 0 : ValueSketch.RELATIVE_ERROR);
    }

    private static double[] quantiles(double[] values) {
        double[] sorted = Quantiles.sortedNumbers(values);
        return new double[] {Quantiles.ofSorted(sorted, QS[0]), Quantiles.ofSorted(sorted, QS[1]), Quantiles.ofSorted(sorted, QS[2])};
    }

    private static double[] quantiles(ValueSketch sketch) {
        return new double[] {sketch.quantile(QS[0]), sketch.quantile(QS[1]), sketch.quantile(QS[2])};
    }

    private static double targetMet(Indicator indicator, int horizon, long met, int runs) {
        if (indicator.target() == null || indicator.value() == null) return Double.NaN;
        int month = indicator.target().byMonth();
        if (month < 1 || month > horizon) return Double.NaN;
        return share(met, runs);
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

    private static double share(long count, int runs) {
        return (double) count / runs;
    }
}
