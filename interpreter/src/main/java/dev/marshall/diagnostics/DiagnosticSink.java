package dev.marshall.diagnostics;

import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects diagnostics while a programme is read and checked. Severity follows
 * from the code: {@code E…} are errors, {@code W…} and {@code A…} warnings,
 * {@code N…} notes.
 *
 * <pre>
 *   sink.report("E011", span, name).related(first, "first declared here");
 * </pre>
 *
 * <p>Hostile or garbled input must not turn into a flood (300 KB of NUL bytes
 * once gave 200 MB of diagnostics), so the sink bounds what it keeps:
 * <ul>
 *   <li>a cascade collapses: a diagnostic with the same code as the previous
 *       one of its file, starting where that one ends (or one character
 *       later, with the same message), widens the previous one instead of
 *       adding another — one E004 for a run of bad bytes, one error for a
 *       chain {@code c.x.x.x…};</li>
 *   <li>at most {@link #limit()} diagnostics are kept per file (default
 *       {@value #DEFAULT_LIMIT}, system property {@value #LIMIT_PROPERTY});
 *       the rest are only counted, and one note {@code N001} at the end of
 *       the file says how many were left out.</li>
 * </ul>
 * Memory stays bounded by the limit, whatever the input.
 */
public final class DiagnosticSink {
    public static final int DEFAULT_LIMIT = 100;
    public static final String LIMIT_PROPERTY = "marshall.diagnostics.max";

    private final int limit;
    private final List<Builder> reported = new ArrayList<>();
    /** Per file (by identity; null for diagnostics without a span): what is kept, the last one, what was left out. */
    private final Map<SourceFile, PerFile> files = new IdentityHashMap<>();
    private boolean droppedError;

    public DiagnosticSink() {
        this(configuredLimit());
    }

    public DiagnosticSink(int limitPerFile) {
        if (limitPerFile < 1) throw new IllegalArgumentException("the diagnostics limit must be at least 1: " + limitPerFile);
        this.limit = limitPerFile;
    }

    /** The limit per file: {@value #LIMIT_PROPERTY} if set to a positive whole number, else {@value #DEFAULT_LIMIT}. */
    public static int configuredLimit() {
        String value = System.getProperty(LIMIT_PROPERTY);
        if (value == null) return DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(value.trim());
            return n >= 1 ? n : DEFAULT_LIMIT;
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    public int limit() { return limit; }

    public Builder report(String code, Span span, Object... args) {
        PerFile file = files.computeIfAbsent(span == null ? null : span.file(), f -> new PerFile());
        Builder last = file.last;
        if (last != null && continues(last, code, span, args)) {
            last.widenTo(span);
            return new Builder(code, span, "", "");   // detached: what is added to it is part of the cascade
        }
        if (file.kept >= limit) {
            file.dropped++;
            if (severityOf(code) == Severity.ERROR) droppedError = true;
            file.last = null;
            return new Builder(code, span, "", "");
        }
        Builder builder = new Builder(code, span, Messages.message(code, args), Messages.hint(code, args));
        reported.add(builder);
        file.kept++;
        file.last = builder;
        return builder;
    }

    /**
     * A cascade: same code in the same file, and the new span starts where the previous one ends,
     * or one character later with the same message ({@code c.x.x.x}); {@code a+b} stays two errors.
     */
    private static boolean continues(Builder previous, String code, Span span, Object[] args) {
        if (span == null || previous.span == null || !previous.code.equals(code) || span.file() != previous.span.file()) return false;
        int gap = span.start() - previous.span.end();
        if (gap == 0) return true;
        return gap == 1 && previous.message.equals(Messages.message(code, args));
    }

    public boolean hasErrors() {
        if (droppedError) return true;
        for (Builder b : reported) if (b.severity == Severity.ERROR) return true;
        return false;
    }

    public int size() { return reported.size(); }

    /** Everything kept, in source order, with one {@code N001} per file that had more. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(reported.size() + files.size());
        for (Builder b : reported) out.add(b.build());
        for (Map.Entry<SourceFile, PerFile> file : files.entrySet()) {
            if (file.getValue().dropped == 0 || file.getKey() == null) continue;
            SourceFile source = file.getKey();
            out.add(new Builder("N001", Span.at(source, source.text().length()), Messages.message("N001", file.getValue().dropped, limit),
                    Messages.hint("N001", file.getValue().dropped, limit)).build());
        }
        out.sort(Diagnostic.SOURCE_ORDER);
        return List.copyOf(out);
    }

    public static Severity severityOf(String code) {
        return switch (code.charAt(0)) {
            case 'E' -> Severity.ERROR;
            case 'N' -> Severity.NOTE;
            default -> Severity.WARNING;
        };
    }

    private static final class PerFile {
        int kept;
        int dropped;
        Builder last;
    }

    /** A diagnostic being reported; add related locations or replace the hint. */
    public static final class Builder {
        private final String code;
        private Span span;
        private final String message;
        private final List<Related> related = new ArrayList<>();
        private String hint;
        private Severity severity;

        private Builder(String code, Span span, String message, String hint) {
            this.code = code;
            this.span = span;
            this.message = message;
            this.hint = hint;
            this.severity = severityOf(code);
        }

        private void widenTo(Span next) {
            if (next.end() > span.end()) span = new Span(span.file(), span.start(), next.end());
        }

        public Builder related(Span where, String label) {
            if (where != null) related.add(new Related(where, label));
            return this;
        }

        public Builder hint(String text) {
            this.hint = text;
            return this;
        }

        public Diagnostic build() {
            return new Diagnostic(code, severity, message, span, related, hint);
        }
    }
}
