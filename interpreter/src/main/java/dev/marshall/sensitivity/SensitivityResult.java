package dev.marshall.sensitivity;

import java.util.List;

/**
 * What each param does to each milestone's P(on time) and each indicator's
 * P(target met): plain data for the text, JSON and CSV outputs and the
 * report's tornado charts.
 *
 * @param params   every param varied, with the two values it was fixed at
 * @param outcomes per milestone, then per indicator with a target: the effects, largest swing first
 */
public record SensitivityResult(int runs, long seed, boolean firstOrderComputed, List<ParamRange> params, List<Outcome> outcomes) {

    public SensitivityResult {
        params = List.copyOf(params);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * A param and the values it was fixed at: its p10 and p90 across the runs,
     * or for a constant knob its value −10% and +10% ({@code constant}).
     */
    public record ParamRange(String name, double low, double high, boolean constant) {}

    /** A milestone's P(on time) or an indicator's P(target met) in the plan, and what each param does to it. */
    public record Outcome(Kind kind, String name, double plan, List<Effect> effects) {
        public Outcome {
            effects = List.copyOf(effects);
        }
    }

    public enum Kind { MILESTONE, INDICATOR }

    /**
     * One param's effect on one outcome: the probability with the param fixed
     * at its low and at its high value (common random numbers: the same runs
     * otherwise), {@code swing = atHigh − atLow}, and the first-order index (the
     * share of the outcome's variance the param explains alone; NaN when not
     * computed).
     */
    public record Effect(String param, double atLow, double atHigh, double swing, double firstOrder) {}
}
