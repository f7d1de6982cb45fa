package dev.marshall.run;

import dev.marshall.diagnostics.Diagnostic;
import java.util.List;

/**
 * A simulation that could not run or stopped: a runtime error in guest code
 * (located, with the run and month it happened in), or a part of the model
 * that cannot be evaluated. Holds the diagnostics to show.
 */
public final class SimulationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public SimulationException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "simulation failed" : diagnostics.get(0).message(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
