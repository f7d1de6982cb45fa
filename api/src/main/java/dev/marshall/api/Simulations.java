package dev.marshall.api;

import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Runs a simulation-backed analysis (monitoring, sensitivity) of a programme
 * under its {@link Marshall}'s limits and engine, with the request's
 * cancellation, turning the interpreter's failures into the API's: the same
 * rules as {@link Programme#simulate}.
 */
final class Simulations {
    private Simulations() {}

    /** Something that simulates under a control on an engine. */
    interface Analysis<T> {
        T run(SimulationOptions options, SimulationControl control, org.graalvm.polyglot.Engine engine) throws SimulationException;
    }

    static void requireNoErrors(Programme programme) throws MarshallException {
        if (programme.hasErrors()) {
            List<Diagnostic> errors = programme.diagnostics().stream().filter(Diagnostic::isError).toList();
            throw new MarshallException(programme.name() + " has errors" + (errors.isEmpty() ? "" : ", the first: " + errors.get(0)), errors);
        }
    }

    static <T> T run(Programme programme, SimulationRequest request, Analysis<T> analysis) throws MarshallException {
        requireNoErrors(programme);
        SimulationOptions options = new SimulationOptions(request.runs(), request.seed(), request.threads(), request.fixed());
        Limits limits = programme.marshall().limits();
        SimulationControl control = new SimulationControl(limits.timeLimit(), limits.maxMemoryBytes());
        Cancellation cancellation = request.cancellation();
        if (cancellation != null) cancellation.attach(control);
        try {
            return analysis.run(options, control, programme.marshall().engine());
        } catch (SimulationException e) {
            if (control.isCancelled()) throw new CancellationException("the simulation of " + programme.name() + " was cancelled");
            List<Diagnostic> found = Diagnostic.of(e.diagnostics());
            throw new MarshallException(found.isEmpty() ? e.getMessage() : found.get(0).toString(), found);
        } finally {
            if (cancellation != null) cancellation.detach(control);
        }
    }
}
