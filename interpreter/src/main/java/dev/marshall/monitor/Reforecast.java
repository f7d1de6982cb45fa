package dev.marshall.monitor;

import java.util.List;

/**
 * The plan's forecast and the forecast conditioned on the actuals, side by
 * side: plain data for the monitor's text, JSON and CSV and the report's
 * monitoring section. Months are programme months; a month quantile is null
 * when it falls on "never".
 *
 * @param asOf          the last month the actuals cover
 * @param effectiveRuns how many equally weighted runs the weights are worth
 */
public record Reforecast(int runs, long seed, int horizon, int asOf, double effectiveRuns,
                         List<MilestoneUpdate> milestones, List<IndicatorUpdate> indicators, List<Observation> actuals) {

    public Reforecast {
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
        actuals = List.copyOf(actuals);
    }

    /** On track, at risk or off track, and the rule that decided it. */
    public record Status(Word word, String rule) {
        public enum Word {
            ON_TRACK("on track"), AT_RISK("at risk"), OFF_TRACK("off track"), NOT_ASSESSED("not assessed");

            private final String text;

            Word(String text) {
                this.text = text;
            }

            public String text() {
                return text;
            }
        }
    }

    /** A milestone: P(on time) in the plan and updated, the updated months reached, its status. */
    public record MilestoneUpdate(String name, int due, Integer reachedIn, double planOnTime, double updatedOnTime,
                                  Double planP50, Double p10, Double p50, Double p90, Status status) {}

    /**
     * An indicator: P(target met) in the plan and updated (NaN without a target),
     * the updated value at the target month, its status, and per reporting
     * period the plan's and the updated p10–p50–p90 (for the report's chart).
     */
    public record IndicatorUpdate(String name, int targetMonth, double planTargetMet, double updatedTargetMet,
                                  double p10, double p50, double p90, Status status, List<Band> plan, List<Band> updated) {
        public IndicatorUpdate {
            plan = List.copyOf(plan);
            updated = List.copyOf(updated);
        }
    }

    /** p10–p50–p90 at the end of the period ending in {@code month}. */
    public record Band(int month, double p10, double p50, double p90) {}
}
