package dev.marshall.api;

/**
 * The polyglot engine refused an option the JVM was started with: a {@code -Dpolyglot.engine.*} system property
 * it does not know, or a value it does not take. Compilation options (such as {@code engine.TraceCompilation})
 * exist only on Truffle's optimizing runtime, so asking for them on the fallback runtime ends here. This is a
 * problem of the process's configuration, not of any programme.
 */
public final class EngineOptionsException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    EngineOptionsException(IllegalArgumentException refused) {
        super("the simulation engine cannot start: " + Reasons.oneLine(refused.getMessage())
                + " (engine options come from -Dpolyglot.* system properties; the compilation options exist only"
                + " on the optimizing runtime)", refused);
    }
}
