package dev.marshall.diagnostics;

import dev.marshall.source.Span;
import java.util.Comparator;
import java.util.List;

/**
 * One finding about a programme: a stable code ({@code E010}, {@code A05}), its
 * severity, a one-line message, the primary span, every other location that
 * contributes (with labels), and an optional hint on how to fix it.
 *
 * <p>Messages are not written here but looked up by code in
 * {@code messages.properties}; see {@link Messages}.
 */
public record Diagnostic(String code, Severity severity, String message, Span span, List<Related> related, String hint) {

    public Diagnostic {
        related = List.copyOf(related);
        hint = hint == null ? "" : hint;
    }

    public boolean isError() { return severity == Severity.ERROR; }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, message, span, related, hint);
    }

    /** Source order: file, then offset, then code, so output is stable whatever order checks ran in. */
    public static final Comparator<Diagnostic> SOURCE_ORDER = Comparator
            .comparing((Diagnostic d) -> d.span() == null ? "" : d.span().file().displayPath())
            .thenComparingInt(d -> d.span() == null ? -1 : d.span().start())
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);
}
