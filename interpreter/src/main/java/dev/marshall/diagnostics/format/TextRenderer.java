package dev.marshall.diagnostics.format;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Related;
import dev.marshall.diagnostics.Severity;
import dev.marshall.source.Span;
import java.util.List;

/**
 * Diagnostics for people, in the shape compilers have taught them to read
 * (and editors to jump to):
 * <pre>
 * examples/bad.marshall:12:15: error[E010]: unknown name 'trst'
 *  12 |     trust += trst * 2
 *     |              ^^^^
 *     = hint: did you mean 'trust'?
 * examples/bad.marshall:3:9: note: declared here
 *   3 |   state trust = 0.2 in 0..1
 *     |         ^^^^^
 *
 * examples/bad.marshall: 1 error, 0 warnings
 * </pre>
 * The first line of each diagnostic and of each related location is the GNU
 * {@code path:line:col: severity: message} form. Colour (ANSI) only when the
 * caller asks for it: whether the output is a terminal is not this class's
 * business.
 */
public final class TextRenderer implements DiagnosticRenderer {
    private final Style style;

    public TextRenderer(boolean colour) {
        this.style = colour ? Style.ANSI : Style.PLAIN;
    }

    @Override
    public String render(List<CheckedFile> files) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            CheckedFile file = files.get(i);
            if (i > 0) out.append('\n');
            for (Diagnostic diagnostic : file.diagnostics()) {
                appendDiagnostic(out, diagnostic, file.path());
                out.append('\n');
            }
            out.append(summary(file)).append('\n');
        }
        return out.toString();
    }

    /** One diagnostic with its source excerpt, hint and related locations; {@code fallbackPath} names a span-less one. */
    public String renderDiagnostic(Diagnostic diagnostic, String fallbackPath) {
        StringBuilder out = new StringBuilder();
        appendDiagnostic(out, diagnostic, fallbackPath);
        return out.toString();
    }

    /** {@code path: 1 error, 2 warnings} (and the notes, when there are any). */
    public static String summary(CheckedFile file) {
        StringBuilder line = new StringBuilder(SourceExcerpt.sanitize(file.path())).append(": ")
                .append(plural(file.errors(), "error")).append(", ")
                .append(plural(file.warnings(), "warning"));
        if (file.notes() > 0) line.append(", ").append(plural(file.notes(), "note"));
        return line.toString();
    }

    /**
     * Text from a file or a user (a path, a message argument) made safe for one
     * line of terminal output: control and direction-changing characters shown
     * as visible symbols.
     */
    public static String sanitizeLine(String text) {
        return SourceExcerpt.sanitize(text);
    }

    private void appendDiagnostic(StringBuilder out, Diagnostic diagnostic, String fallbackPath) {
        Span span = diagnostic.span();
        int gutter = gutterWidth(diagnostic);
        String severityColour = style.of(diagnostic.severity());

        out.append(style.bold(location(span, fallbackPath))).append(": ")
                .append(style.paint(severityColour, diagnostic.severity().label() + "[" + diagnostic.code() + "]"))
                .append(": ")
                .append(style.bold(SourceExcerpt.sanitize(diagnostic.message())))
                .append('\n');
        if (span != null) appendExcerpt(out, span, gutter, severityColour);
        if (!diagnostic.hint().isEmpty()) {
            out.append(style.paint(Style.GUTTER, " " + " ".repeat(gutter) + " ="))
                    .append(' ').append(style.bold("hint:")).append(' ')
                    .append(SourceExcerpt.sanitize(diagnostic.hint())).append('\n');
        }
        for (Related related : diagnostic.related()) {
            String label = related.label() == null || related.label().isBlank() ? "related location" : related.label();
            out.append(style.bold(location(related.span(), fallbackPath))).append(": ")
                    .append(style.paint(style.of(Severity.NOTE), Severity.NOTE.label())).append(": ")
                    .append(SourceExcerpt.sanitize(label)).append('\n');
            if (related.span() != null) appendExcerpt(out, related.span(), gutter, style.of(Severity.NOTE));
        }
    }

    private void appendExcerpt(StringBuilder out, Span span, int gutter, String caretColour) {
        SourceExcerpt excerpt = SourceExcerpt.of(span);
        String number = String.valueOf(span.line());
        String lineGutter = " " + " ".repeat(gutter - number.length()) + number + " |";
        String blankGutter = " " + " ".repeat(gutter) + " |";
        out.append(style.paint(Style.GUTTER, lineGutter));
        if (!excerpt.line().isEmpty()) out.append(' ').append(excerpt.line());
        out.append('\n');
        out.append(style.paint(Style.GUTTER, blankGutter)).append(' ')
                .append(" ".repeat(excerpt.caretStart()))
                .append(style.paint(caretColour, "^".repeat(excerpt.caretWidth())))
                .append('\n');
    }

    /** Width of the widest line number this diagnostic prints, so all its gutters line up. */
    private static int gutterWidth(Diagnostic diagnostic) {
        int widest = diagnostic.span() == null ? 1 : diagnostic.span().line();
        for (Related related : diagnostic.related()) {
            if (related.span() != null) widest = Math.max(widest, related.span().line());
        }
        return String.valueOf(widest).length();
    }

    private static String location(Span span, String fallbackPath) {
        if (span == null) return SourceExcerpt.sanitize(fallbackPath);
        return SourceExcerpt.sanitize(span.file().displayPath()) + ":" + span.line() + ":" + span.column();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** ANSI styling, or none. */
    private enum Style {
        PLAIN, ANSI;

        static final String GUTTER = "\u001b[1;34m";
        private static final String BOLD = "\u001b[1m";
        private static final String RESET = "\u001b[0m";

        String of(Severity severity) {
            return switch (severity) {
                case ERROR -> "\u001b[1;31m";
                case WARNING -> "\u001b[1;33m";
                case NOTE -> "\u001b[1;36m";
            };
        }

        String paint(String colour, String text) {
            return this == ANSI ? colour + text + RESET : text;
        }

        String bold(String text) {
            return paint(BOLD, text);
        }
    }
}
