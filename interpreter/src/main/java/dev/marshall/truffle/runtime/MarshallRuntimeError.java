package dev.marshall.truffle.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import dev.marshall.run.RunFailure;
import dev.marshall.source.Span;
import dev.marshall.truffle.nodes.MarshallNode;

/**
 * A runtime error of guest code, thrown by the node where it happened: a
 * diagnostic code of {@code messages.properties} (E080…) and its arguments.
 * The engine turns it into a {@link RunFailure} located at the node's span.
 */
public final class MarshallRuntimeError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Object[] args;

    private MarshallRuntimeError(String code, Node location, Object[] args) {
        super(code, location);
        this.code = code;
        this.args = args;
    }

    /** Creates the error off the fast path (the message arguments are built here). */
    @TruffleBoundary
    public static MarshallRuntimeError of(String code, Node location, Object... args) {
        return new MarshallRuntimeError(code, location, args);
    }

    public String code() { return code; }

    /** The same error as a {@link RunFailure} at the span of the nearest node that has one. */
    public RunFailure toRunFailure() {
        Span span = null;
        for (Node n = getLocation(); n != null && span == null; n = n.getParent()) {
            if (n instanceof MarshallNode m) span = m.span();
        }
        return new RunFailure(code, span, args);
    }
}
