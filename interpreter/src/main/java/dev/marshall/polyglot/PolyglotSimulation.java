package dev.marshall.polyglot;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import dev.marshall.model.Compilation;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.run.RunEngine;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.run.RunFailure;
import dev.marshall.run.RunState;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.truffle.MarshallContext;
import dev.marshall.truffle.MarshallLanguage;
import dev.marshall.truffle.ProgrammeTranslator;
import dev.marshall.truffle.runtime.MarshallRuntimeError;
import java.util.Map;

/**
 * {@code simulate(options)} of the polyglot surface: the programme is
 * translated with the language of the context the caller is in, and its runs
 * execute on the calling thread, inside that context, one after another. (A
 * guest cannot start threads of its own in a sandboxed context, and entering
 * the context from new host threads would need the host's help.) The result
 * is the same as {@code marshall simulate} gives for the same runs and seed:
 * results never depend on the number of threads.
 */
final class PolyglotSimulation {
    private PolyglotSimulation() {}

    static SimulationResult run(Compilation compilation, Object options) {
        requireNoErrors(compilation);
        SimulationOptions chosen = options(options);
        var programme = compilation.programme();
        ProgrammeTranslator.Translation translation = ProgrammeTranslator.translate(MarshallLanguage.get(null), programme, Map.of());
        try {
            if (!translation.ok()) throw new SimulationException(translation.problems());
            CallTarget run = translation.run();
            RunEngine engine = new RunEngine() {
                @Override
                public RunEngine.Worker worker() {
                    return new RunEngine.Worker() {
                        @Override
                        public void run(RunState state) throws RunFailure {
                            try {
                                run.call(state);
                            } catch (MarshallRuntimeError e) {
                                throw e.toRunFailure();
                            }
                        }

                        @Override
                        public void close() { }
                    };
                }

                @Override
                public boolean callingThreadOnly() {
                    return true;
                }

                @Override
                public void close() { }
            };
            // The same stops as the Java API: the host's time limit (E088), checked before each run, each month and each fn call.
            SimulationControl control = new SimulationControl(MarshallContext.get(null).simulationTimeLimit(), SimulationControl.HEAP);
            return MonteCarlo.summarise(programme, engine, chosen, ProgressListener.NONE, control);
        } catch (SimulationException e) {
            throw new PolyglotError(e.diagnostics().isEmpty() ? e.getMessage() : located(e.diagnostics().get(0)));
        }
    }

    static void requireNoErrors(Compilation compilation) {
        if (!compilation.hasErrors() && compilation.programme() != null) return;
        Diagnostic first = compilation.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElse(null);
        throw new PolyglotError("the programme has errors" + (first == null ? "" : "; the first: " + located(first)));
    }

    private static String located(Diagnostic d) {
        return (d.span() == null ? "" : d.span() + ": ") + "error[" + d.code() + "]: " + d.message();
    }

    /** {@code runs} and {@code seed} from a record (members) or a map (hash entries); both optional. */
    private static SimulationOptions options(Object options) {
        int runs = (int) number(options, "runs", SimulationOptions.DEFAULT_RUNS);
        long seed = number(options, "seed", SimulationOptions.DEFAULT_SEED);
        try {
            return new SimulationOptions(runs, seed, 1, Map.of());
        } catch (IllegalArgumentException e) {
            throw new PolyglotError(e.getMessage());
        }
    }

    private static long number(Object options, String name, long fallback) {
        if (options == null) return fallback;
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            Object value = null;
            if (interop.hasHashEntries(options) && interop.isHashEntryReadable(options, name)) {
                value = interop.readHashValue(options, name);
            } else if (interop.hasMembers(options) && interop.isMemberReadable(options, name)) {
                value = interop.readMember(options, name);
            }
            if (value == null || interop.isNull(value)) return fallback;
            if (!interop.fitsInLong(value)) throw new PolyglotError("simulate: '" + name + "' must be a whole number");
            return interop.asLong(value);
        } catch (UnsupportedMessageException | com.oracle.truffle.api.interop.UnknownIdentifierException
                 | com.oracle.truffle.api.interop.UnknownKeyException e) {
            throw new PolyglotError("simulate: cannot read option '" + name + "'");
        }
    }

}
