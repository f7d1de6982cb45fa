package dev.marshall.formatter;

import java.util.List;

/**
 * The outcome of formatting a text: the formatted text, or (when the text has
 * syntax errors) no text and the problems that stopped the formatter.
 */
public record FormatResult(String text, List<SyntaxProblem> problems) {

    public FormatResult {
        problems = List.copyOf(problems);
        if ((text == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a text or problems");
        }
    }

    static FormatResult formatted(String text) {
        return new FormatResult(text, List.of());
    }

    static FormatResult refused(List<SyntaxProblem> problems) {
        return new FormatResult(null, problems);
    }

    /** True when the text was not formatted because it does not parse. */
    public boolean refused() {
        return text == null;
    }
}
