package dev.marshall.monitor;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Observation.Kind;
import dev.marshall.monitor.Reforecast.Band;
import dev.marshall.monitor.Reforecast.IndicatorUpdate;
import dev.marshall.monitor.Reforecast.MilestoneUpdate;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Summary;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adaptive management's loop: simulate the plan, weigh its runs by the
 * actuals ({@link Conditioning}), and summarise both. Deterministic for a
 * seed on any number of threads: the runs are those of {@code simulate} and
 * the weights depend only on each run's outcome.
 */
public final class Monitor {
    /** Below this many effective runs the updated forecast is flagged (W200). */
    static final double FEW_EFFECTIVE_RUNS = 100;

    private Monitor() {}

    /** The plan's forecast, the reforecast (null when the actuals contradict every run) and the diagnostics of conditioning. */
    public record Outcome(SimulationResult plan, Reforecast reforecast, List<Diagnostic> diagnostics) {}

    public static Outcome reforecast(Programme programme, Actuals actuals, SimulationOptions options, SimulationControl control,
                                     org.graalvm.polyglot.Engine shared) throws SimulationException {
        RunOutcomes runs = Ensemble.simulate(programme, options, control, shared);
        return reforecast(programme, actuals, options, runs);
    }

    /** Conditions runs already simulated with {@code options}. */
    public static Outcome reforecast(Programme programme, Actuals actuals, SimulationOptions options, RunOutcomes runs) {
        DiagnosticSink sink = new DiagnosticSink();
        double[] weights = Conditioning.weights(programme, runs, actuals, sink);
        SimulationResult planned = Summary.of(programme, options, runs);
        if (weights == null) return new Outcome(planned, null, sink.diagnostics());
        double effective = Conditioning.effectiveRuns(weights);
        if (effective < Math.min(FEW_EFFECTIVE_RUNS, runs.runs() / 2.0)) {
            sink.report("W200", Span.at(actuals.source(), 0), Math.max(1, Math.round(effective)), runs.runs());
        }
        double[] equal = new double[runs.runs()];
        Arrays.fill(equal, 1.0 / runs.runs());
        int horizon = programme.horizon();

        List<MilestoneUpdate> milestones = new ArrayList<>();
        boolean tracksReached = actuals.tracks(Kind.REACHED);
        for (Milestone m : programme.milestones()) {
            int[] months = new int[runs.runs()];
            double[] onTime = new double[runs.runs()];
            for (int r = 0; r < months.length; r++) {
                months[r] = runs.milestoneMonth(m.index(), r);
                onTime[r] = months[r] != 0 && months[r] <= m.due() ? 1 : 0;
            }
            Integer reachedIn = actuals.observations().stream()
                    .filter(o -> o.kind() == Kind.REACHED && o.index() == m.index()).map(Observation::month).findFirst().orElse(null);
            // A milestone the actuals report reached is settled: its month is known, whatever the runs say.
            double updated = reachedIn != null ? (reachedIn <= m.due() ? 1 : 0) : mean(onTime, weights);
            Double settled = reachedIn == null ? null : (double) reachedIn;
            milestones.add(new MilestoneUpdate(m.name(), m.due(), reachedIn, mean(onTime, equal), updated,
                    WeightedQuantiles.ofMonths(months, equal, 0.5),
                    settled != null ? settled : WeightedQuantiles.ofMonths(months, weights, 0.1),
                    settled != null ? settled : WeightedQuantiles.ofMonths(months, weights, 0.5),
                    settled != null ? settled : WeightedQuantiles.ofMonths(months, weights, 0.9),
                    StatusRule.milestone(m.due(), reachedIn, tracksReached, actuals.asOf(), updated)));
        }

        List<IndicatorUpdate> indicators = new ArrayList<>();
        for (Indicator i : programme.indicators()) {
            double[] atTarget = new double[runs.runs()];
            for (int r = 0; r < atTarget.length; r++) atTarget[r] = runs.atTarget(i.index(), r);
            double[] met = targetMet(i, horizon, atTarget);
            double plan = met == null ? Double.NaN : mean(met, equal);
            double updated = met == null ? Double.NaN : mean(met, weights);
            List<Band> planBands = new ArrayList<>();
            List<Band> updatedBands = new ArrayList<>();
            int periods = i.value() == null || i.periodMonths() <= 0 ? 0 : horizon / i.periodMonths();
            for (int p = 0; p < periods; p++) {
                double[] values = new double[runs.runs()];
                for (int r = 0; r < values.length; r++) values[r] = runs.indicator(i.index(), p, r);
                int month = (p + 1) * i.periodMonths();
                planBands.add(band(month, values, equal));
                updatedBands.add(band(month, values, weights));
            }
            String whyNot = i.value() == null ? "no value expression to simulate" : "no target";
            indicators.add(new IndicatorUpdate(i.name(), ReportingMonths.targetMonth(i, horizon), plan, updated,
                    WeightedQuantiles.of(atTarget, weights, 0.1), WeightedQuantiles.of(atTarget, weights, 0.5),
                    WeightedQuantiles.of(atTarget, weights, 0.9), StatusRule.indicator(updated, whyNot), planBands, updatedBands));
        }
        Reforecast result = new Reforecast(runs.runs(), options.seed(), horizon, actuals.asOf(), effective, milestones, indicators,
                actuals.observations());
        return new Outcome(planned, result, sink.diagnostics());
    }

    private static Band band(int month, double[] values, double[] weights) {
        return new Band(month, WeightedQuantiles.of(values, weights, 0.1), WeightedQuantiles.of(values, weights, 0.5),
                WeightedQuantiles.of(values, weights, 0.9));
    }

    /** 1 or 0 per run, as {@code simulate}'s P(target met) decides it; null without a target or value within the horizon. */
    private static double[] targetMet(Indicator indicator, int horizon, double[] atTarget) {
        if (indicator.target() == null || indicator.value() == null) return null;
        int month = indicator.target().byMonth();
        if (month < 1 || month > horizon) return null;
        double[] met = new double[atTarget.length];
        for (int r = 0; r < met.length; r++) met[r] = Summary.meetsTarget(indicator, atTarget[r]) ? 1 : 0;
        return met;
    }

    private static double mean(double[] values, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int r = 0; r < values.length; r++) {
            sum += values[r] * weights[r];
            total += weights[r];
        }
        return total == 0 ? Double.NaN : sum / total;
    }
}
