package dev.marshall.syntax;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Where the nodes of one file's parse tree are, and what its literals say:
 * spans, string literals with their escapes resolved (a bad escape is E008),
 * numbers (one too large is E005). Lexical matters only; what names mean is
 * the semantic analysis' business.
 */
public final class TreeText {
    private final SourceFile source;
    private final DiagnosticSink sink;

    public TreeText(SourceFile source, DiagnosticSink sink) {
        this.source = source;
        this.sink = sink;
    }

    public SourceFile source() {
        return source;
    }

    public Span span(ParserRuleContext ctx) {
        if (ctx == null || ctx.start == null) return Span.at(source, 0);
        Token stop = ctx.stop != null && ctx.stop.getStopIndex() >= ctx.start.getStartIndex() ? ctx.stop : ctx.start;
        return new Span(source, ctx.start.getStartIndex(), Math.max(ctx.start.getStartIndex(), stop.getStopIndex() + 1));
    }

    public Span span(Token token) {
        return Parsing.span(source, token);
    }

    /** The value of a number literal ({@code 1_200}, {@code 2.5e3}); 0 after reporting E005 when it cannot be one. */
    public double number(Token token) {
        String digits = token.getText().replace("_", "");
        try {
            double value = Double.parseDouble(digits);
            if (Double.isInfinite(value)) {
                sink.report("E005", span(token), token.getText()).hint("the number is too large");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            sink.report("E005", span(token), token.getText());
            return 0;
        }
    }

    /** The text of a string literal, escapes resolved; a bad escape is reported (E008) and kept as written. */
    public String string(MarshallParser.StringContext ctx) {
        if (ctx == null) return "";
        String raw = ctx.getText();
        // A string the parser made up while recovering from an error has no text of its own.
        if (!raw.startsWith("\"") || ctx.start == null || ctx.start.getStartIndex() < 0) return "";
        boolean terminated = ctx.STRING() != null && raw.length() >= 2;
        String body = raw.substring(1, terminated ? raw.length() - 1 : raw.length());
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                default -> {
                    int at = ctx.start.getStartIndex() + 1 + i - 1;
                    sink.report("E008", new Span(source, at, at + 2), "\\" + next);
                    out.append('\\').append(next);
                }
            }
        }
        return out.toString();
    }
}
