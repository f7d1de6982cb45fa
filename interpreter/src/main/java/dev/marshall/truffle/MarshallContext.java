package dev.marshall.truffle;

import com.oracle.truffle.api.TruffleLanguage;

/**
 * The per-context state of the language. A programme's simulation keeps all
 * of its state in the {@link dev.marshall.run.RunState} each call
 * target receives, so the context only remembers its environment.
 */
public final class MarshallContext {
    private final TruffleLanguage.Env env;

    MarshallContext(TruffleLanguage.Env env) {
        this.env = env;
    }

    public TruffleLanguage.Env env() {
        return env;
    }

    /** How long one polyglot {@code simulate} may run: the host's {@code marshall.SimulationTimeLimit}, never below 1 ms. */
    public java.time.Duration simulationTimeLimit() {
        return java.time.Duration.ofMillis(Math.max(1, env.getOptions().get(MarshallLanguage.SimulationTimeLimit)));
    }

    /** Whether translations compile blocks and expressions to Java methods: the host's {@code marshall.Bytecode}. */
    public boolean compilesToBytecode() {
        return env.getOptions().get(MarshallLanguage.Bytecode);
    }

    private static final TruffleLanguage.ContextReference<MarshallContext> REFERENCE =
            TruffleLanguage.ContextReference.create(MarshallLanguage.class);

    /** The context entered on this thread (tests check its sandbox through it). */
    public static MarshallContext get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }
}
