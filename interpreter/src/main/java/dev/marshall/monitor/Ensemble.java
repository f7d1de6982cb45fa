package dev.marshall.monitor;

import dev.marshall.diagnostics.DiagnosticSink;
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
 *
 * <p>Keeping every run is what {@code simulate} no longer does (its summary
 * streams), so it is bounded: at most {@value #MAX_RUNS} runs, refused with
 * E250 before any run above that — never a silent sample of them.
 */
public final class Ensemble {
    /** The most runs kept one by one (sialkot: about 80 MB); likelihood weights and variance indices settle far below. */
    public static final int MAX_RUNS = 100_000;

    private Ensemble() {}

    public static RunOutcomes simulate(Programme programme, SimulationOptions options, SimulationControl control,
                                       org.graalvm.polyglot.Engine shared) throws SimulationException {
        Simulator.checkOverrides(programme, options.overrides());
        if (options.runs() > MAX_RUNS) {
            DiagnosticSink sink = new DiagnosticSink();
            sink.report("E250", programme.span(), options.runs(), MAX_RUNS);
            throw new SimulationException(sink.diagnostics());
        }
        try (TruffleEngine engine = TruffleEngine.create(programme, options.overrides(), shared)) {
            return MonteCarlo.run(programme, engine, options, ProgressListener.NONE, control);
        }
    }
}
