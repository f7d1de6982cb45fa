package dev.marshall.sensitivity;

import dev.marshall.model.Indicator;
import dev.marshall.model.Milestone;
import dev.marshall.model.Param;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Ensemble;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.sensitivity.SensitivityResult.Effect;
import dev.marshall.sensitivity.SensitivityResult.Kind;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import dev.marshall.sensitivity.SensitivityResult.ParamRange;
import dev.marshall.simulation.Quantiles;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.simulation.Simulator;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which assumption moves which result (docs/language.md §11.8). For every
 * param not already fixed with {@code --set}:
 * <ol>
 *   <li>one at a time: the programme is simulated with the param fixed at its
 *       p10 and at its p90 across the plan's runs (a constant knob: its value
 *       −10% and +10%), with the same seed, so every other random number is
 *       the same (common random numbers, language reference §11.1): the
 *       difference is the param's alone;</li>
 *   <li>from the plan's own runs, when there are at least
 *       {@value FirstOrderIndex#MIN_RUNS}: the first-order index of each param
 *       for each outcome ({@link FirstOrderIndex}).</li>
 * </ol>
 * Deterministic for a seed on any number of threads, as {@code simulate} is.
 */
public final class Sensitivity {
    static final double KNOB_STEP = 0.10;

    private Sensitivity() {}

    public static SensitivityResult analyse(Programme programme, SimulationOptions options, SimulationControl control,
                                            org.graalvm.polyglot.Engine shared) throws SimulationException {
        RunOutcomes plan = Ensemble.simulate(programme, options, control, shared);
        SimulationResult planSummary = Summary.of(programme, options, plan);
        int n = plan.runs();
        boolean indices = n >= FirstOrderIndex.MIN_RUNS;

        List<ParamRange> ranges = new ArrayList<>();
        Map<String, SimulationResult[]> oneAtATime = new HashMap<>();
        for (Param p : programme.params()) {
            if (options.overrides().containsKey(p.name())) continue;
            double[] drawn = new double[n];
            for (int r = 0; r < n; r++) drawn[r] = plan.param(p.index(), r);
            double low = Quantiles.of(drawn, 0.1);
            double high = Quantiles.of(drawn, 0.9);
            boolean constant = low == high;
            if (constant) {
                double step = Math.abs(low) * KNOB_STEP;
                low -= step;
                high += step;
            }
            ranges.add(new ParamRange(p.name(), low, high, constant));
            oneAtATime.put(p.name(), new SimulationResult[] {fixed(programme, options, p.name(), low, control, shared),
                    fixed(programme, options, p.name(), high, control, shared)});
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (Milestone m : programme.milestones()) {
            double[] onTime = new double[n];
            for (int r = 0; r < n; r++) onTime[r] = plan.milestoneMonth(m.index(), r) != 0 && plan.milestoneMonth(m.index(), r) <= m.due() ? 1 : 0;
            List<Effect> effects = new ArrayList<>();
            for (ParamRange range : ranges) {
                SimulationResult[] at = oneAtATime.get(range.name());
                double low = at[0].milestones().get(m.index()).probabilityOnTime();
                double high = at[1].milestones().get(m.index()).probabilityOnTime();
                effects.add(new Effect(range.name(), low, high, high - low, index(indices, range, programme, plan, onTime)));
            }
            outcomes.add(new Outcome(Kind.MILESTONE, m.name(), planSummary.milestones().get(m.index()).probabilityOnTime(), ranked(effects)));
        }
        for (Indicator i : programme.indicators()) {
            double planMet = planSummary.indicators().get(i.index()).probabilityTargetMet();
            if (Double.isNaN(planMet)) continue;
            double[] met = targetMet(i, plan);
            List<Effect> effects = new ArrayList<>();
            for (ParamRange range : ranges) {
                SimulationResult[] at = oneAtATime.get(range.name());
                double low = at[0].indicators().get(i.index()).probabilityTargetMet();
                double high = at[1].indicators().get(i.index()).probabilityTargetMet();
                effects.add(new Effect(range.name(), low, high, high - low, index(indices, range, programme, plan, met)));
            }
            outcomes.add(new Outcome(Kind.INDICATOR, i.name(), planMet, ranked(effects)));
        }
        return new SensitivityResult(n, options.seed(), indices, ranges, outcomes);
    }

    private static SimulationResult fixed(Programme programme, SimulationOptions options, String param, double value,
                                          SimulationControl control, org.graalvm.polyglot.Engine shared) throws SimulationException {
        Map<String, Double> fixed = new HashMap<>(options.overrides());
        fixed.put(param, value);
        SimulationOptions with = options.withOverrides(fixed);
        // Only summarised: streamed like simulate's, so no run is kept.
        return Simulator.simulate(programme, with, ProgressListener.NONE, control, shared);
    }

    private static double index(boolean computed, ParamRange range, Programme programme, RunOutcomes plan, double[] outcome) {
        if (!computed) return Double.NaN;
        if (range.constant()) return 0;   // a constant does not vary across the runs: it explains none of their variance
        int k = programme.param(range.name()).orElseThrow().index();
        double[] values = new double[plan.runs()];
        for (int r = 0; r < values.length; r++) values[r] = plan.param(k, r);
        return FirstOrderIndex.of(values, outcome);
    }

    /** Largest swing first; then the larger index; then by name, so equal effects keep a fixed order. */
    private static List<Effect> ranked(List<Effect> effects) {
        List<Effect> sorted = new ArrayList<>(effects);
        sorted.sort(Comparator.comparingDouble((Effect e) -> -Math.abs(e.swing()))
                .thenComparingDouble(e -> Double.isNaN(e.firstOrder()) ? 0 : -e.firstOrder())
                .thenComparing(Effect::param));
        return sorted;
    }

    /** 1 or 0 per run, as simulate's P(target met) decides it (the indicator has a target within the horizon). */
    private static double[] targetMet(Indicator indicator, RunOutcomes plan) {
        double[] met = new double[plan.runs()];
        for (int r = 0; r < met.length; r++) met[r] = Summary.meetsTarget(indicator, plan.atTarget(indicator.index(), r)) ? 1 : 0;
        return met;
    }
}
