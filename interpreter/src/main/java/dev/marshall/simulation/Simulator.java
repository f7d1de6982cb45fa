package dev.marshall.simulation;

import dev.marshall.model.Param;
import dev.marshall.model.Programme;
import dev.marshall.run.RunLayout;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.truffle.TruffleEngine;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The entry point of simulation: a checked programme and options in, a
 * {@link SimulationResult} out. Guest code runs on the Truffle language
 * ({@link TruffleEngine}); {@link MonteCarlo} spreads the runs over threads;
 * {@link Summary} turns the runs into statistics.
 *
 * <pre>
 *   SimulationResult r = Simulator.simulate(programme, SimulationOptions.of(1000, 42));
 * </pre>
 * Prints nothing and never exits; a runtime error in guest code is a
 * {@link SimulationException} holding a located diagnostic.
 */
public final class Simulator {
    private Simulator() {}

    public static SimulationResult simulate(Programme programme, SimulationOptions options) throws SimulationException {
        return simulate(programme, options, ProgressListener.NONE);
    }

    /**
     * @throws IllegalArgumentException when {@code options} fix a param the programme does not have
     */
    public static SimulationResult simulate(Programme programme, SimulationOptions options, ProgressListener progress)
            throws SimulationException {
        return simulate(programme, options, progress, SimulationControl.unlimited(), null);
    }

    /**
     * Simulates under a host's {@code control} (cancel, time and memory limits),
     * on {@code shared}, a polyglot engine the host keeps across simulations so
     * that compiled code is reused (null: a private engine for this call).
     *
     * @throws IllegalArgumentException when {@code options} fix a param the programme does not have
     */
    public static SimulationResult simulate(Programme programme, SimulationOptions options, ProgressListener progress,
                                            SimulationControl control, org.graalvm.polyglot.Engine shared)
            throws SimulationException {
        checkOverrides(programme, options.overrides());
        MonteCarlo.checkSummaryMemory(programme, RunLayout.of(programme), options, control);
        try (TruffleEngine engine = TruffleEngine.create(programme, options.overrides(), shared)) {
            return MonteCarlo.summarise(programme, engine, options, progress, control);
        }
    }

    /** The Truffle runtime guest code runs on ({@code Engine.getImplementationName()}). */
    public static String runtimeName() {
        return TruffleEngine.implementationName();
    }

    /** Every fixed name must be a param, and every value a finite number. */
    public static void checkOverrides(Programme programme, Map<String, Double> overrides) {
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (programme.param(e.getKey()).isEmpty()) {
                StringJoiner names = new StringJoiner(", ");
                for (Param p : programme.params()) names.add(p.name());
                List<String> params = programme.params().stream().map(Param::name).toList();
                String suggestion = dev.marshall.syntax.Suggestions.didYouMean(e.getKey(), params);
                throw new IllegalArgumentException("--set " + e.getKey() + ": the programme has no param '" + e.getKey() + "'"
                        + (suggestion.isEmpty() ? "" : "; " + suggestion)
                        + (programme.params().isEmpty() ? "" : " (its params: " + names + ")"));
            }
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("--set " + e.getKey() + ": the value must be a finite number");
            }
        }
    }
}
