package dev.marshall.simulation;

import java.util.List;
import java.util.Map;

/**
 * What a Monte Carlo simulation of a programme found: plain data, shared by
 * the {@code simulate} output, the emitters (logframe, sheets, calendar,
 * report) and the embedding API.
 *
 * <p>Months are programme months (1 = the programme's start). A quantile of a
 * month is null when fewer than that share of runs got there at all (e.g.
 * {@code p50 == null}: reached in fewer than half the runs).
 *
 * @param runs       how many runs were simulated
 * @param seed       the seed they were derived from
 * @param horizon    the number of months simulated
 * @param overrides  params fixed with {@code --set}, by name
 * @param quantileError 0 when every quantile is exact; else the largest relative distance of an
 *                   indicator's or the spend's quantile from the exact one (the streaming summary's
 *                   sketch, above 10 000 runs: {@link ValueSketch#RELATIVE_ERROR}); months and shares
 *                   are always exact
 */
public record SimulationResult(int runs, long seed, int horizon, Map<String, Double> overrides,
                               List<MilestoneOutcome> milestones, List<IndicatorOutcome> indicators,
                               List<InterventionOutcome> interventions, List<MonthlySpend> spend, double budget,
                               double quantileError) {

    /** A result whose quantiles are all exact. */
    public SimulationResult(int runs, long seed, int horizon, Map<String, Double> overrides,
                            List<MilestoneOutcome> milestones, List<IndicatorOutcome> indicators,
                            List<InterventionOutcome> interventions, List<MonthlySpend> spend, double budget) {
        this(runs, seed, horizon, overrides, milestones, indicators, interventions, spend, budget, 0);
    }

    public SimulationResult {
        overrides = Map.copyOf(overrides);
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
        interventions = List.copyOf(interventions);
        spend = List.copyOf(spend);
    }

    /**
     * When a milestone was reached across runs.
     *
     * @param probabilityOnTime share of runs reaching it by its due month
     * @param probabilityNever  share of runs never reaching it within the horizon
     */
    public record MilestoneOutcome(String name, int due, double probabilityOnTime, double probabilityNever,
                                   Double p10, Double p50, Double p90) {}

    /**
     * Where an indicator stood at the end of each of its reporting periods.
     *
     * @param probabilityTargetMet share of runs in which the value at the target month met the target
     *                             (at least the target for a rising indicator, at most for a falling one);
     *                             NaN when the indicator has no target or no value
     */
    public record IndicatorOutcome(String name, List<PeriodOutcome> periods, double probabilityTargetMet, List<TargetOutcome> targets) {
        public IndicatorOutcome {
            periods = List.copyOf(periods);
            targets = List.copyOf(targets);
        }

        /** An outcome with the final target's probability only. */
        public IndicatorOutcome(String name, List<PeriodOutcome> periods, double probabilityTargetMet) {
            this(name, periods, probabilityTargetMet, List.of());
        }

        /** The probability that the total target due in {@code month} is met, or NaN when it was not forecast. */
        public double probabilityMetBy(int month) {
            for (TargetOutcome t : targets) if (t.month() == month) return t.probabilityMet();
            return Double.NaN;
        }
    }

    /**
     * A total target of an indicator and the share of runs that meet it: the final target by its month, an
     * earlier one (a target per year or period) by the report that holds its month; NaN when no report does.
     */
    public record TargetOutcome(int month, double target, double probabilityMet) {}

    /** An indicator's value at the end of the reporting period ending in {@code month}, across runs. */
    public record PeriodOutcome(int month, double p10, double p50, double p90) {}

    /**
     * When an intervention started and ended across runs (ends are the last active month).
     *
     * @param probabilityStarted share of runs in which it started within the horizon
     */
    public record InterventionOutcome(String name, double probabilityStarted,
                                      Double startP10, Double startP50, Double startP90,
                                      Double endP10, Double endP50, Double endP90) {}

    /** Cumulative spend by the end of {@code month}, in the programme's currency, across runs. */
    public record MonthlySpend(int month, double p10, double p50, double p90) {}
}
