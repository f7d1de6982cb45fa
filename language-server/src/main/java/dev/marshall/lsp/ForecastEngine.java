package dev.marshall.lsp;

import dev.marshall.model.Programme;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;

/**
 * Runs the forecast's simulations. Interrupting the calling thread stops a
 * simulation after the run in progress.
 */
final class ForecastEngine implements AutoCloseable {

    SimulationResult simulate(Programme programme, SimulationOptions options) throws SimulationException {
        return Simulator.simulate(programme, options);
    }

    @Override
    public void close() { }
}
