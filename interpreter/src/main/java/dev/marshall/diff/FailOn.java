package dev.marshall.diff;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Severity;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A condition under which a revision fails a pipeline ({@code --fail-on}):
 * {@code error} (the revision introduces an error), {@code warning} (an error
 * or a warning), {@code p-drop=N} (a milestone's P(on time) or an indicator's
 * P(target met) falls by more than N percentage points), {@code cost-rise=N}
 * (the interventions' total cost rises by more than N percent).
 */
public record FailOn(Kind kind, double threshold) {

    /** The conditions there are. */
    public enum Kind {
        ERROR("error", false), WARNING("warning", false), P_DROP("p-drop", true), COST_RISE("cost-rise", true);

        final String word;
        final boolean takesNumber;

        Kind(String word, boolean takesNumber) {
            this.word = word;
            this.takesNumber = takesNumber;
        }

        public String word() { return word; }
    }

    /** {@return every condition word, as docs/cli.md lists them} */
    public static List<String> words() {
        List<String> words = new ArrayList<>();
        for (Kind k : Kind.values()) words.add(k.takesNumber ? k.word + "=N" : k.word);
        return words;
    }

    /**
     * Reads one condition as typed.
     *
     * @return the condition, or a diagnostic (E221 unknown condition, E222 bad number) without a place
     */
    public static Parsed parse(String text) {
        String t = text.strip();
        int eq = t.indexOf('=');
        String word = (eq < 0 ? t : t.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (!k.word.equals(word)) continue;
            if (!k.takesNumber) {
                if (eq >= 0) return failed("E222", text, k.word + " takes no number", "write " + k.word + " alone");
                return new Parsed(new FailOn(k, 0), null);
            }
            String number = eq < 0 ? "" : t.substring(eq + 1).strip();
            double value;
            try {
                value = number.isEmpty() ? Double.NaN : Double.parseDouble(number.replace("%", ""));
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            double max = k == Kind.P_DROP ? 100 : 1_000_000;
            if (!(value >= 0 && value <= max)) {
                return failed("E222", text, k.word + " needs a number from 0 to " + (k == Kind.P_DROP ? "100 (percentage points)" : "1000000 (percent)"),
                        "e.g. " + k.word + "=10");
            }
            return new Parsed(new FailOn(k, value), null);
        }
        String suggestion = Suggestions.didYouMean(word, java.util.Arrays.stream(Kind.values()).map(Kind::word).toList());
        return new Parsed(null, new Diagnostic("E221", Severity.ERROR, Messages.message("E221", text), null, List.of(),
                Messages.hint("E221", String.join(", ", words()), suggestion.isEmpty() ? "" : suggestion + " ")));
    }

    private static Parsed failed(String code, String text, String why, String fix) {
        return new Parsed(null, new Diagnostic(code, Severity.ERROR, Messages.message(code, text, why), null, List.of(),
                Messages.hint(code, fix)));
    }

    /** A condition read from text, or the diagnostic that says why it could not be. */
    public record Parsed(FailOn condition, Diagnostic problem) {}

    /** {@return why this condition fails the revision, one line each; empty when it holds} */
    public List<String> failures(Revision revision) {
        List<String> reasons = new ArrayList<>();
        switch (kind) {
            case ERROR, WARNING -> {
                for (Diagnostic d : revision.introduced()) {
                    boolean counts = d.isError() || (kind == Kind.WARNING && d.severity() == Severity.WARNING);
                    if (counts) reasons.add("new " + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.code() + ": " + d.message()
                            + (d.span() == null ? "" : " (" + d.span() + ")"));
                }
            }
            case P_DROP -> {
                for (Revision.ProbabilityChange p : revision.forecast()) {
                    Double delta = p.delta();
                    if (delta != null && -100 * delta > threshold + 1e-9) {
                        reasons.add(p.kind() + " " + p.name() + ": " + (p.kind().equals("milestone") ? "P(on time)" : "P(target met)")
                                + " fell " + Amounts.points(delta).substring(1) + ", " + Amounts.percent(p.before()) + " → "
                                + Amounts.percent(p.after()) + " (more than " + Amounts.number(threshold) + " pts)");
                    }
                }
            }
            case COST_RISE -> {
                for (Revision.CostChange c : revision.budget()) {
                    if (!c.what().equals("all interventions") || c.before() == null || c.after() == null || c.before() <= 0) continue;
                    double rise = 100 * (c.after() - c.before()) / c.before();
                    if (rise > threshold + 1e-9) {
                        reasons.add(String.format(Locale.ROOT, "the interventions' total cost rose %.1f%%, %s → %s (more than %s%%)",
                                rise, Amounts.format(c.before()), Amounts.format(c.after()), Amounts.number(threshold)));
                    }
                }
            }
        }
        return reasons;
    }

    @Override
    public String toString() {
        return kind.takesNumber ? kind.word + "=" + Amounts.number(threshold) : kind.word;
    }
}
