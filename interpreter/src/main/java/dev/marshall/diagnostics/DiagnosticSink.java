package dev.marshall.diagnostics;

import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics while a programme is read and checked. Severity follows
 * from the code: {@code E…} are errors, {@code W…} and {@code A…} warnings,
 * {@code N…} notes.
 *
 * <pre>
 *   sink.report("E011", span, name).related(first, "first declared here");
 * </pre>
 */
public final class DiagnosticSink {
    private final List<Builder> reported = new ArrayList<>();

    public Builder report(String code, Span span, Object... args) {
        Builder builder = new Builder(code, span, Messages.message(code, args), Messages.hint(code, args));
        reported.add(builder);
        return builder;
    }

    public boolean hasErrors() {
        for (Builder b : reported) if (b.severity == Severity.ERROR) return true;
        return false;
    }

    public int size() { return reported.size(); }

    /** Everything reported, in source order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(reported.size());
        for (Builder b : reported) out.add(b.build());
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

    /** A diagnostic being reported; add related locations or replace the hint. */
    public static final class Builder {
        private final String code;
        private final Span span;
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
