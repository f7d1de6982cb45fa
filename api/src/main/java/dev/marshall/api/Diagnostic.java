package dev.marshall.api;

import java.util.List;

/**
 * One finding about a programme, as {@code marshall check} prints it: a stable
 * code ({@code E010}, {@code A05}; see {@code marshall rules}), its severity, a
 * one-line message, where it is (the file as the programme names it, 1-based
 * line and column, columns in UTF-16 code units as LSP and SARIF count them),
 * a hint on how to fix it (may be empty) and the other places that contribute.
 *
 * @param code      the stable code, e.g. {@code E010}
 * @param severity  error, warning or note
 * @param message   one line, without location
 * @param hint      how to fix it; empty when there is no hint
 * @param file      the file it is in ({@code std/unido.marshall} for the library); empty when it has no place
 * @param line      1-based line; 0 when it has no place
 * @param column    1-based column; 0 when it has no place
 * @param endLine   the line its span ends on
 * @param endColumn the column its span ends before
 * @param related   other places that contribute, each with a label
 */
public record Diagnostic(String code, Severity severity, String message, String hint,
                         String file, int line, int column, int endLine, int endColumn, List<Related> related) {

    /** Copies {@code related}. */
    public Diagnostic {
        related = List.copyOf(related);
    }

    /** How serious a finding is. */
    public enum Severity {
        /** The programme cannot be simulated or emitted. */
        ERROR,
        /** Worth fixing; does not stop anything. */
        WARNING,
        /** Information. */
        NOTE
    }

    /**
     * Another place that contributes to a finding.
     *
     * @param label  what it is, e.g. "first declared here"
     * @param file   the file
     * @param line   1-based line
     * @param column 1-based column
     */
    public record Related(String label, String file, int line, int column) {}

    /**
     * Whether this is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: severity[code]: message}, the first line {@code marshall check} prints. */
    @Override
    public String toString() {
        return (file.isEmpty() ? "" : file + ":" + line + ":" + column + ": ")
                + severity.name().toLowerCase(java.util.Locale.ROOT) + "[" + code + "]: " + message;
    }

    static Diagnostic of(dev.marshall.diagnostics.Diagnostic d) {
        var span = d.span();
        List<Related> related = d.related().stream()
                .map(r -> new Related(r.label(), r.span().file().displayPath(), r.span().line(), r.span().column()))
                .toList();
        Severity severity = switch (d.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case NOTE -> Severity.NOTE;
        };
        if (span == null) return new Diagnostic(d.code(), severity, d.message(), d.hint(), "", 0, 0, 0, 0, related);
        return new Diagnostic(d.code(), severity, d.message(), d.hint(), span.file().displayPath(),
                span.line(), span.column(), span.endLine(), span.endColumn(), related);
    }

    static List<Diagnostic> of(List<dev.marshall.diagnostics.Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::of).toList();
    }
}
