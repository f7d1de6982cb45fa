package dev.marshall.source;

/**
 * A stretch of source text, {@code [start, end)} in characters. Every model
 * element and every diagnostic carries one, so errors can point at the text
 * that caused them.
 */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (end < start) end = start;
    }

    /** A zero-width span at an offset, e.g. for "missing" diagnostics. */
    public static Span at(SourceFile file, int offset) {
        return new Span(file, offset, offset);
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        if (other == null || other.file != file) return this;
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public int line() { return file.lineOf(start); }

    public int column() { return file.columnOf(start); }

    public int endLine() { return file.lineOf(end); }

    public int endColumn() { return file.columnOf(end); }

    public String text() { return file.text().substring(start, Math.min(end, file.text().length())); }

    @Override
    public String toString() { return file.displayPath() + ":" + line() + ":" + column(); }
}
