package dev.marshall.api;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.source.SourceFile;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The host's nesting limit ({@link Limits#maxNesting}): brackets counted on
 * the tokens, so brackets in strings and comments do not count. Checked before
 * parsing, as the parser's own, larger guard (E006) is.
 */
final class Nesting {
    private Nesting() {}

    /** Null when {@code source} nests brackets at most {@code max} deep; else what to say, located. */
    static String problem(SourceFile source, int max) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(source.text()));
        lexer.removeErrorListeners();
        int depth = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            switch (t.getType()) {
                case MarshallLexer.LPAREN, MarshallLexer.LBRACK, MarshallLexer.LBRACE -> {
                    if (++depth > max) {
                        int at = t.getStartIndex();
                        return source.displayPath() + ":" + source.lineOf(at) + ":" + source.columnOf(at)
                                + ": brackets nest deeper than the limit of " + max + " (Limits.maxNesting)";
                    }
                }
                case MarshallLexer.RPAREN, MarshallLexer.RBRACK, MarshallLexer.RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return null;
    }
}
