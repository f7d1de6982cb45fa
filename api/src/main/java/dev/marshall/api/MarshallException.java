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
    /** The same findings as the interpreter made them, so that {@link DiagnosticReport} renders their source lines. */
    private final transient List<dev.marshall.diagnostics.Diagnostic> found;

    MarshallException(String message) {
        this(message, List.of());
    }

    MarshallException(String message, List<Diagnostic> diagnostics) {
        this(message, diagnostics, List.of());
    }

    MarshallException(String message, List<Diagnostic> diagnostics, List<dev.marshall.diagnostics.Diagnostic> found) {
        super(message, null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
        this.found = List.copyOf(found);
    }

    /** The interpreter's diagnostics behind {@link #diagnostics()}, when it made them (else none). */
    List<dev.marshall.diagnostics.Diagnostic> found() {
        return found == null ? List.of() : found;
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
