package dev.marshall.polyglot;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * A guest error of the polyglot surface: a programme with errors asked to
 * simulate or emit, bad options, a simulation that failed (the message is the
 * located diagnostic, {@code file:line:col: error[E080]: …}). Hosts see it as a
 * {@code PolyglotException} that is a guest exception.
 */
public final class PolyglotError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public PolyglotError(String message) {
        super(message);
    }
}
