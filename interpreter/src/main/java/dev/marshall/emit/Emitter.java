package dev.marshall.emit;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Programme;
import dev.marshall.simulation.SimulationResult;
import java.util.List;
import java.util.Optional;

/**
 * Renders a programme's M&E framework in one format. Works without a
 * simulation (a programme with no {@code each month} still has a full
 * framework); the same input always gives the same text.
 */
public interface Emitter {

    String render(Framework framework);

    default String emit(Programme programme, Optional<SimulationResult> simulation, List<Diagnostic> diagnostics) {
        return render(Framework.of(programme, simulation, diagnostics));
    }
}
