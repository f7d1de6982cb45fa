package dev.marshall.monitor;

import dev.marshall.model.Programme;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.Simulator;
import dev.marshall.truffle.TruffleEngine;

/**
 * The plan's runs, kept run by run (not only summarised): conditioning weighs
 * them and sensitivity relates them to the params they drew. Same engine and
 * seeds as {@code simulate}, so run {@code r} here is run {@code r} there.
 */
public final class Ensemble {
    private Ensemble() {}

    public static RunOutcomes simulate(Programme programme, SimulationOptions options, SimulationControl control,
                                       org.graalvm.polyglot.Engine shared) throws SimulationException {
        Simulator.checkOverrides(programme, options.overrides());
        try (TruffleEngine engine = TruffleEngine.create(programme, options.overrides(), shared)) {
            return MonteCarlo.run(programme, engine, options, ProgressListener.NONE, control);
        }
    }
}
