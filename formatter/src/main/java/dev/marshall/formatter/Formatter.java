package dev.marshall.formatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats Marshall text in the one canonical layout (the style of
 * {@code examples/sialkot.marshall}; see docs/cli.md, {@code marshall fmt}).
 * Used by {@code marshall fmt} and the language server. Depends on the grammar
 * only: it reads the parse tree and the token stream, comments included.
 *
 * <p>Formatting keeps every comment, never changes a token (each result is
 * checked: see {@link Faithfulness}) and is idempotent. A text with syntax
 * errors is refused, never rewritten.
 */
public final class Formatter {
    private Formatter() {}

    /** Formats a whole text. */
    public static FormatResult format(String text) {
        ParsedText parsed = ParsedText.parse(text);
        if (!parsed.ok()) return FormatResult.refused(parsed.problems());
        return FormatResult.formatted(layOut(parsed, text).text());
    }

    /**
     * Formats the declarations that touch lines {@code firstLine..lastLine}
     * (counted from 1, inclusive), for an editor's "format selection": the
     * whole declarations, with their comments, are replaced by their formatted
     * form. No edit when nothing there changes or only blank lines are selected.
     */
    public static RangeFormat formatLines(String text, int firstLine, int lastLine) {
        ParsedText parsed = ParsedText.parse(text);
        if (!parsed.ok()) return new RangeFormat(List.of(), parsed.problems());
        Rendering rendering = layOut(parsed, text);
        List<Rendering.Unit> units = rendering.units();
        int from = -1;
        int to = -1;
        for (int i = 0; i < units.size(); i++) {
            Rendering.Unit u = units.get(i);
            if (u.inputLast() >= firstLine && u.inputFirst() <= lastLine) {
                if (from < 0) from = i;
                to = i;
            }
        }
        if (from < 0) return new RangeFormat(List.of(), List.of());
        Rendering.Unit first = units.get(from);
        Rendering.Unit last = units.get(to);
        String replacement = rendering.outputLines(first.outputFirst(), last.outputLast());
        String original = inputLines(text, first.inputFirst(), last.inputLast(), rendering.newline());
        if (replacement.equals(original)) return new RangeFormat(List.of(), List.of());
        return new RangeFormat(List.of(new LineEdit(first.inputFirst(), last.inputLast(), replacement)), List.of());
    }

    /** The edits of {@link #formatLines}, or why there are none: the text does not parse. */
    public record RangeFormat(List<LineEdit> edits, List<SyntaxProblem> problems) {
        public RangeFormat {
            edits = List.copyOf(edits);
            problems = List.copyOf(problems);
        }
    }

    private static Rendering layOut(ParsedText parsed, String text) {
        Layout layout = new Layout(parsed.tokens());
        layout.file(parsed.tree());
        Alignment.align(layout.lines);
        Rendering rendering = Rendering.of(layout.lines, newlineOf(text));
        Faithfulness.verify(parsed, rendering.text());
        return rendering;
    }

    /** The line end of the text's first line: a file written with CRLF stays so. */
    private static String newlineOf(String text) {
        int n = text.indexOf('\n');
        return n > 0 && text.charAt(n - 1) == '\r' ? "\r\n" : "\n";
    }

    private static String inputLines(String text, int first, int last, String newline) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last && i <= lines.size(); i++) out.append(lines.get(i - 1)).append(newline);
        return out.toString();
    }
}
