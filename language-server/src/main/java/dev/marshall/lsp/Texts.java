package dev.marshall.lsp;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies the edits of a {@code didChange} to a document's text (full or incremental sync). */
final class Texts {
    private Texts() {}

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String result = text;
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            Range range = change.getRange();
            if (range == null) {
                result = inserted;
                continue;
            }
            int start = offset(result, range.getStart());
            int end = Math.max(start, offset(result, range.getEnd()));
            result = result.substring(0, start) + inserted + result.substring(end);
        }
        return result;
    }

    /** The offset of a position in {@code text}; lines end at \n, \r\n or \r, as in SourceFile. Clamped. */
    static int offset(String text, Position position) {
        int line = Math.max(0, position.getLine());
        int i = 0;
        while (line > 0 && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') i++;
            if (c == '\n' || c == '\r') line--;
        }
        if (line > 0) return text.length();
        int column = Math.max(0, position.getCharacter());
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        return Math.min(end, i + column);
    }
}
