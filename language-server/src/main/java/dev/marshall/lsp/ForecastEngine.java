package dev.marshall.lsp;

import dev.marshall.model.Programme;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.truffle.TruffleEngine;
import org.graalvm.polyglot.Engine;

/**
 * Runs the forecast's simulations on one polyglot engine kept for the life of
 * the server, so the code Truffle compiled for one forecast serves the next:
 * the first forecast of a programme pays for warming up, the ones after an edit
 * do not. Each simulation gets a context of its own and a control that an edit
 * cancels.
 */
final class ForecastEngine implements AutoCloseable {
    private Engine shared;

    private synchronized Engine engine() {
        if (shared == null) shared = TruffleEngine.newEngine();
        return shared;
    }

    /** Starts the engine (a second or so on a cold JVM) before the first forecast needs it. */
    void warmUp() {
        try {
            engine();
        } catch (RuntimeException e) {
            // the first forecast will say what is wrong
        }
    }

    SimulationResult simulate(Programme programme, SimulationOptions options, SimulationControl control) throws SimulationException {
        return Simulator.simulate(programme, options, ProgressListener.NONE, control, engine());
    }

    @Override
    public synchronized void close() {
        if (shared != null) shared.close(true);
        shared = null;
    }
}
