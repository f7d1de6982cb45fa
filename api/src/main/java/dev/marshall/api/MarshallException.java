package dev.marshall.api;

import java.util.List;

/**
 * A programme Marshall refuses or could not simulate: over one of the host's
 * {@link Limits}, errors in the programme, a runtime error of guest code
 * (E080–E085, located), a simulation too large for the memory allowed (E087)
 * or out of its time (E088). The message is one line for people; the
 * diagnostics, when there are any, say where.
 */
public final class MarshallException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    MarshallException(String message) {
        this(message, List.of());
    }

    MarshallException(String message, List<Diagnostic> diagnostics) {
        super(message, null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Where the problem is, when it is in the programme.
     *
     * @return the diagnostics, possibly none
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
