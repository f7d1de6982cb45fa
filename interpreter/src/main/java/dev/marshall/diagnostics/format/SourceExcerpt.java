package dev.marshall.diagnostics.format;

import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;

/**
 * The source line under a diagnostic, made safe and readable for a terminal,
 * with where the underline goes.
 *
 * <p>What it takes care of, so that every renderer of source lines agrees:
 * <ul>
 *   <li>tabs become four spaces, so the carets line up whatever the terminal's tab stops;</li>
 *   <li>control characters (a NUL byte, an escape sequence) are shown as visible
 *       symbols (U+2400 ␀ ...), never sent to the terminal; so are C1 controls and
 *       bidirectional overrides, which could make the line read differently from
 *       what the compiler saw;</li>
 *   <li>a very long line (a minified or generated file) is cut to a window around
 *       the span, marked with {@code ...}, so one diagnostic never prints megabytes;</li>
 *   <li>a span over several lines is underlined to the end of its first line;
 *       a zero-width span gets one caret.</li>
 * </ul>
 * Columns here are display columns (one per code point); the numbers printed
 * in {@code path:line:col} stay the source columns of {@link Span}.
 *
 * @param line       the displayable line, without line terminator or trailing blanks
 * @param caretStart 0-based display column where the underline starts
 * @param caretWidth how many columns to underline, at least 1
 */
record SourceExcerpt(String line, int caretStart, int caretWidth) {

    /** Longest stretch of a line shown, in characters. */
    static final int MAX_WIDTH = 160;
    /** Characters kept left of the span when a long line is cut. */
    static final int LEFT_CONTEXT = 40;
    private static final String CUT = "...";

    static SourceExcerpt of(Span span) {
        SourceFile file = span.file();
        String text = file.text();
        int lineNumber = file.lineOf(span.start());
        // Offsets, not SourceFile.lineText: a 10 MB single-line file must not be copied per diagnostic.
        int lineStart = file.offsetOf(lineNumber, 1);
        int lineEnd = lineNumber < file.lineCount() ? file.offsetOf(lineNumber + 1, 1) : text.length();
        while (lineEnd > lineStart && isLineBreak(text.charAt(lineEnd - 1))) lineEnd--;

        int from = clamp(span.start(), lineStart, lineEnd);
        int to = clamp(span.end(), from, lineEnd);

        int windowStart = lineStart;
        int windowEnd = lineEnd;
        boolean cutLeft = false;
        boolean cutRight = false;
        if (lineEnd - lineStart > MAX_WIDTH && from - lineStart > LEFT_CONTEXT) {
            windowStart = from - LEFT_CONTEXT;
            cutLeft = true;
        }
        if (windowEnd - windowStart > MAX_WIDTH) {
            windowEnd = windowStart + MAX_WIDTH;
            cutRight = true;
        }
        // Never split a surrogate pair at a cut.
        if (cutLeft && Character.isLowSurrogate(text.charAt(windowStart))) windowStart++;
        if (cutRight && Character.isHighSurrogate(text.charAt(windowEnd - 1))) windowEnd--;

        StringBuilder shown = new StringBuilder(windowEnd - windowStart + 2 * CUT.length());
        int column = 0;
        int caretStart = -1;
        int caretEnd = -1;
        if (cutLeft) {
            shown.append(CUT);
            column += CUT.length();
        }
        int i = windowStart;
        while (i < windowEnd) {
            if (caretStart < 0 && i >= from) caretStart = column;
            if (caretEnd < 0 && i >= to) caretEnd = column;
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint == '\t') {
                shown.append("    ");
                column += 4;
            } else {
                shown.appendCodePoint(visible(codePoint));
                column += 1;
            }
            i += width;
        }
        if (caretStart < 0) caretStart = column; // the span starts at (or beyond) the end of what is shown
        if (caretEnd < 0) caretEnd = column;
        if (cutRight) shown.append(CUT);
        return new SourceExcerpt(stripTrailing(shown), caretStart, Math.max(1, caretEnd - caretStart));
    }

    /** Text for one line of terminal output: control and direction-changing characters made visible. */
    static String sanitize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int shown = codePoint == '\t' ? ' ' : visible(codePoint);
            if (shown != codePoint && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.appendCodePoint(shown);
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString();
    }

    private static int visible(int codePoint) {
        if (codePoint < 0x20) return 0x2400 + codePoint;           // ␀ ␁ ... ␟ (tab is handled by the caller)
        if (codePoint == 0x7F) return 0x2421;                        // ␡
        if (codePoint >= 0x80 && codePoint < 0xA0) return 0xFFFD;    // C1 controls: some terminals obey them
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
            return 0xFFFD;                                           // bidirectional overrides and isolates
        }
        return codePoint;
    }

    private static boolean isLineBreak(char c) { return c == '\n' || c == '\r'; }

    private static int clamp(int value, int low, int high) { return Math.max(low, Math.min(value, high)); }

    private static String stripTrailing(StringBuilder text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        return text.substring(0, end);
    }
}
