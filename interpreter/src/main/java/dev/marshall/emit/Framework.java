package dev.marshall.emit;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.LogframeDerivation;
import dev.marshall.model.Programme;
import dev.marshall.simulation.SimulationResult;
import java.util.List;
import java.util.Optional;

/**
 * What every emitter renders: the programme, its simulation when there is one,
 * the findings of {@code check}, and the logframe derived from them once.
 */
public record Framework(Programme programme, Optional<SimulationResult> simulation, List<Diagnostic> diagnostics,
                        Logframe logframe) {

    public Framework {
        diagnostics = List.copyOf(diagnostics);
    }

    public static Framework of(Programme programme, Optional<SimulationResult> simulation, List<Diagnostic> diagnostics) {
        return new Framework(programme, simulation, diagnostics, LogframeDerivation.derive(programme, simulation));
    }
}
