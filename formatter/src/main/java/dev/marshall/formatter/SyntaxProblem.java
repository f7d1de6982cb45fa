package dev.marshall.formatter;

/**
 * Why a text was not formatted: a syntax error or an error token (an
 * unterminated string or comment, a stray character) at a line and column,
 * both counted from 1 (columns in characters). The formatter never rewrites
 * such a text: it could not know what the author meant.
 */
public record SyntaxProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
