package dev.marshall.truffle;

import dev.marshall.run.RunEngine;
import com.oracle.truffle.api.CallTarget;
import dev.marshall.model.Programme;
import dev.marshall.run.RunFailure;
import dev.marshall.run.RunState;
import dev.marshall.run.SimulationException;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * Runs a programme on Truffle: one polyglot context of the {@code marshall}
 * language, the programme translated once into a run call target, and each
 * worker thread entering the context and calling that target run after run.
 * All threads share the call target, so its compiled code too.
 */
public final class TruffleEngine implements RunEngine {
    /** The engine this simulation created for itself, closed with it; null when it runs on a host's shared engine. */
    private final Engine ownEngine;
    private final Context context;
    private final CallTarget run;

    private TruffleEngine(Engine ownEngine, Context context, CallTarget run) {
        this.ownEngine = ownEngine;
        this.context = context;
        this.run = run;
    }

    /**
     * Builds the nodes of {@code programme} with the params in {@code fixed}
     * set (names must be params); a part of the model that cannot be
     * evaluated is a {@link SimulationException}.
     */
    public static TruffleEngine create(Programme programme, Map<String, Double> fixed) throws SimulationException {
        return create(programme, fixed, null);
    }

    /**
     * As {@link #create(Programme, Map)}, on {@code shared} (a host's engine,
     * kept across simulations and left open by {@link #close}) or, when null,
     * on an engine of its own. Each simulation gets its own sandboxed context.
     */
    public static TruffleEngine create(Programme programme, Map<String, Double> fixed, Engine shared) throws SimulationException {
        Engine own = shared == null ? newEngine() : null;
        Engine engine = shared == null ? own : shared;
        Context context = sandboxed(Context.newBuilder(MarshallLanguage.ID)).engine(engine).build();
        try {
            context.initialize(MarshallLanguage.ID);
            context.enter();
            ProgrammeTranslator.Translation translation;
            try {
                translation = ProgrammeTranslator.translate(MarshallLanguage.get(null), programme, fixed);
            } finally {
                context.leave();
            }
            if (!translation.ok()) throw new SimulationException(translation.problems());
            return new TruffleEngine(own, context, translation.run());
        } catch (SimulationException | RuntimeException e) {
            context.close();
            if (own != null) own.close();
            throw e;
        }
    }

    /** The run's call target (tests check that a shared engine reuses it). */
    CallTarget runTarget() {
        return run;
    }

    /**
     * The Truffle runtime guest code runs on: "GraalVM CE" (or similar) when
     * the optimizing runtime is available, "Interpreted" on the fallback
     * runtime that never compiles guest code.
     */
    public static String implementationName() {
        try (Engine engine = newEngine()) {
            return engine.getImplementationName();
        }
    }

    /** Whether guest code is compiled (the optimizing runtime) rather than only interpreted. */
    public static boolean isOptimizing() {
        return !implementationName().toLowerCase(java.util.Locale.ROOT).contains("interpreted");
    }

    /**
     * The sandbox of every context that runs guest code: Marshall needs no host
     * access at all, so none is granted — no host classes or objects, no
     * files, sockets, processes, threads, environment or native code. (Guest
     * code has no clock either: the language has no way to ask for one.)
     */
    public static Context.Builder sandboxed(Context.Builder builder) {
        return builder.allowAllAccess(false)
                .allowHostAccess(org.graalvm.polyglot.HostAccess.NONE)
                .allowHostClassLoading(false)
                .allowIO(org.graalvm.polyglot.io.IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(org.graalvm.polyglot.EnvironmentAccess.NONE)
                .allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.NONE);
    }

    /** A new polyglot engine for Marshall, as every simulation without a host's engine makes one. */
    public static Engine newEngine() {
        // Without JVMCI Truffle falls back to interpreting; the CLI says so itself (once), so the
        // engine's own warning on every start is turned off. Experimental options are allowed so that
        // -Dpolyglot.engine.TraceCompilationDetails=true and the like can diagnose a slow programme.
        return Engine.newBuilder(MarshallLanguage.ID).allowExperimentalOptions(true)
                .option("engine.WarnInterpreterOnly", "false").build();
    }

    @Override
    public RunEngine.Worker worker() {
        context.enter();
        return new RunEngine.Worker() {
            @Override
            public void run(RunState state) throws RunFailure {
                try {
                    run.call(state);
                } catch (dev.marshall.truffle.runtime.MarshallRuntimeError e) {
                    throw e.toRunFailure();
                }
            }

            @Override
            public void close() {
                context.leave();
            }
        };
    }

    @Override
    public void close() {
        context.close();
        if (ownEngine != null) ownEngine.close();
    }
}
