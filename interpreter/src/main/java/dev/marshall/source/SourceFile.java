package dev.marshall.source;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one Marshall source file, with the line index that turns offsets
 * into the line and column numbers diagnostics print.
 *
 * <p>{@code displayPath} is what users see in {@code file:line:col} (as given on
 * the command line, or {@code std/unido.marshall} for the standard library);
 * {@code location} is where it lives on disk, or null for class-path sources.
 * Columns count UTF-16 code units from 1, which is what SARIF and LSP expect.
 */
public final class SourceFile {
    private final String displayPath;
    private final Path location;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String displayPath, Path location, String text) {
        this.displayPath = Objects.requireNonNull(displayPath);
        this.location = location;
        this.text = Objects.requireNonNull(text);
        this.lineStarts = indexLines(text);
    }

    public static SourceFile ofString(String displayPath, String text) {
        return new SourceFile(displayPath, null, text);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String displayPath() { return displayPath; }

    /** Where the file is on disk; null for the standard library and in-memory sources. */
    public Path location() { return location; }

    public String text() { return text; }

    public int lineCount() { return lineStarts.length; }

    /** 1-based line of a 0-based character offset. */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** 1-based column of a 0-based character offset. */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[lineOf(clamped) - 1] + 1;
    }

    /** 0-based offset of a 1-based line and column. */
    public int offsetOf(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length));
        return Math.min(text.length(), lineStarts[l - 1] + Math.max(0, column - 1));
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    @Override
    public String toString() { return displayPath; }
}
