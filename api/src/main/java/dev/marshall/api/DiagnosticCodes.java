package dev.marshall.api;

import dev.marshall.approach.ApproachRules;
import dev.marshall.diagnostics.Messages;
import dev.marshall.syntax.Suggestions;
import java.util.Collection;
import java.util.List;

/**
 * What every diagnostic code means, as {@code marshall rules} explains it: the
 * approach rules of {@code std.unido} (A01…) and the language's codes (E…, W…,
 * N…), each with a title, a message template, a hint and, for a rule, the
 * full explanation. The words are Marshall's keyed messages, so a host shows
 * the same text as the command line.
 */
public final class DiagnosticCodes {
    private DiagnosticCodes() {}

    /** {@return the approach rules' codes, in order (A01, A02, …)} */
    public static List<String> approachRules() {
        return ApproachRules.codes();
    }

    /** {@return every known code, sorted} */
    public static List<String> all() {
        return Messages.codes();
    }

    /**
     * Whether {@code code} is a known diagnostic code.
     *
     * @param code e.g. {@code E010}
     * @return true when Marshall has words for it
     */
    public static boolean isKnown(String code) {
        return Messages.isKnown(code);
    }

    /**
     * A code's title.
     *
     * @param code a known code
     * @return e.g. "unknown name"
     */
    public static String title(String code) {
        return Messages.title(code);
    }

    /**
     * A code's message with its arguments filled in.
     *
     * @param code      a known code
     * @param arguments what the template's placeholders stand for, in order
     * @return the one-line message
     */
    public static String message(String code, Object... arguments) {
        return Messages.message(code, arguments);
    }

    /**
     * A code's hint with its arguments filled in.
     *
     * @param code      a known code
     * @param arguments what the template's placeholders stand for, in order
     * @return the hint; empty when the code has none
     */
    public static String hint(String code, Object... arguments) {
        return Messages.hint(code, arguments);
    }

    /**
     * A code's full explanation: what it protects, what triggers it, how to fix it.
     *
     * @param code a known code
     * @return the explanation; empty when the code has none
     */
    public static String explanation(String code) {
        return Messages.explanation(code);
    }

    /**
     * A suggestion for a mistyped word.
     *
     * @param word       what was typed
     * @param candidates what it could have meant
     * @return e.g. {@code did you mean 'A05'?}; empty when nothing is close
     */
    public static String didYouMean(String word, Collection<String> candidates) {
        return Suggestions.didYouMean(word, candidates);
    }
}
