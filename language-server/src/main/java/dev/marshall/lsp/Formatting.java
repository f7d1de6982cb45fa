package dev.marshall.lsp;

import dev.marshall.formatter.FormatResult;
import dev.marshall.formatter.Formatter;
import dev.marshall.formatter.LineEdit;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Formatting through the formatter module ({@code marshall fmt}'s layout):
 * the whole document, or the declarations a range touches. A text that does
 * not parse is left as it is (no edits): the formatter refuses what it cannot
 * read, and the diagnostics already say why.
 */
final class Formatting {
    private Formatting() {}

    static List<TextEdit> whole(OpenDocument document) {
        Analysis latest = document.latest();
        if (latest == null) return List.of();
        String text = latest.source.text();
        FormatResult result = Formatter.format(text);
        if (result.refused() || result.text().equals(text)) return List.of();
        SourceFile source = latest.source;
        Range all = new Range(new Position(0, 0), Positions.position(source, text.length()));
        return List.of(new TextEdit(all, result.text()));
    }

    static List<TextEdit> range(OpenDocument document, Range range) {
        Analysis latest = document.latest();
        if (latest == null || range == null) return List.of();
        int first = range.getStart().getLine() + 1;
        int last = range.getEnd().getLine() + 1;
        if (range.getEnd().getCharacter() == 0 && last > first) last--;
        Formatter.RangeFormat result = Formatter.formatLines(latest.source.text(), first, Math.max(first, last));
        List<TextEdit> edits = new ArrayList<>();
        for (LineEdit e : result.edits()) {
            edits.add(new TextEdit(new Range(new Position(e.firstLine() - 1, 0), lineStartAfter(latest.source, e.lastLine())), e.replacement()));
        }
        return edits;
    }

    /** The start of the line after {@code line} (1-based), or the end of the text when it is the last line. */
    private static Position lineStartAfter(SourceFile source, int line) {
        if (line < source.lineCount()) return new Position(line, 0);
        return Positions.position(source, source.text().length());
    }
}
