package dev.marshall.diff;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diff.Revision.Change;
import dev.marshall.diff.Revision.DeclarationChange;
import java.util.ArrayList;
import java.util.List;

/** What every rendering shows first and the same way: a few words per section, and how to read each change. */
final class DiffSummary {
    private DiffSummary() {}

    /** E.g. "1 renamed, 2 changed · cost +15,000 · 1 schedule moved · 1 error introduced", or "no changes". */
    static String of(Revision r) {
        List<String> parts = new ArrayList<>();
        List<String> declarations = new ArrayList<>();
        for (Change c : Change.values()) {
            long n = r.declarations().stream().filter(d -> d.change() == c).count();
            if (n > 0) declarations.add(n + " " + c.word());
        }
        if (!declarations.isEmpty()) parts.add(String.join(", ", declarations));
        r.budget().stream().filter(c -> c.what().equals("all interventions")).findFirst()
                .ifPresent(c -> parts.add("cost " + Amounts.signed(c.delta())));
        long funders = r.funding().stream().filter(f -> f.funder() != null).count();
        if (funders > 0) parts.add("funding changed for " + count(funders, "funder", "funders"));
        if (!r.schedules().isEmpty()) parts.add(count(r.schedules().size(), "schedule", "schedules") + " moved");
        if (!r.targets().isEmpty()) parts.add(count(r.targets().size(), "target", "targets") + " changed");
        long errors = r.introduced().stream().filter(Diagnostic::isError).count();
        if (errors > 0) parts.add(count(errors, "error", "errors") + " introduced");
        if (r.introduced().size() > errors) parts.add(count(r.introduced().size() - errors, "finding", "findings") + " introduced");
        if (!r.resolved().isEmpty()) parts.add(count(r.resolved().size(), "finding", "findings") + " resolved");
        long moved = r.forecast().stream().filter(p -> p.delta() == null || Math.abs(p.delta()) >= 0.0005).count();
        if (moved > 0) parts.add(count(moved, "probability", "probabilities") + " moved");
        return parts.isEmpty() ? "no changes" : String.join(" · ", parts);
    }

    /** The name as changed: {@code old → new} for a rename. */
    static String name(DeclarationChange d) {
        return switch (d.change()) {
            case REMOVED -> d.oldName();
            case RENAMED -> d.oldName() + " → " + d.name();
            default -> d.name();
        };
    }

    /** A span of months: "months 3–12", "month 5", or "not planned". */
    static String months(Integer start, Integer end) {
        if (start == null) return "not planned";
        if (end == null) return "month " + start + " onwards";
        return start.equals(end) ? "month " + start : "months " + start + "–" + end;
    }

    static String target(Double value, Integer by, String unit) {
        if (value == null) return "none";
        return Amounts.number(value) + (unit.isEmpty() ? "" : " " + unit) + " by month " + by;
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String severity(Diagnostic d) {
        return d.severity().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code file:line:col: severity[code]: message}, as {@code marshall check} prints its first line. */
    static String diagnostic(Diagnostic d) {
        return (d.span() == null ? "" : d.span() + ": ") + severity(d) + "[" + d.code() + "]: " + d.message();
    }

    static String probability(Revision.ProbabilityChange p) {
        return p.kind().equals("milestone") ? "P(on time)" : "P(target met)";
    }
}
