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
}
