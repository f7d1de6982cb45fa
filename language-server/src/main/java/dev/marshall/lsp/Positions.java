package dev.marshall.lsp;

import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets in a source text and LSP positions (0-based line, UTF-16 column).
 * {@link SourceFile} counts columns in UTF-16 code units from 1, as LSP does
 * from 0, so the conversion is a shift by one; positions past the end of a
 * line or of the text are clamped, never thrown.
 */
final class Positions {
    private Positions() {}

    static Range range(Span span) {
        return new Range(position(span.file(), span.start()), position(span.file(), span.end()));
    }

    static Position position(SourceFile file, int offset) {
        return new Position(file.lineOf(offset) - 1, file.columnOf(offset) - 1);
    }

    /** The offset of an LSP position, clamped to the line's length and to the text. */
    static int offset(SourceFile file, Position position) {
        int line = Math.max(0, position.getLine()) + 1;
        if (line > file.lineCount()) return file.text().length();
        int lineStart = file.offsetOf(line, 1);
        int lineLength = file.lineText(line).length();
        return lineStart + Math.max(0, Math.min(position.getCharacter(), lineLength));
    }

    static Range range(SourceFile file, int start, int end) {
        return new Range(position(file, start), position(file, end));
    }
}
