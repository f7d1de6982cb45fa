package dev.marshall.diff;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diff.Revision.CostChange;
import dev.marshall.diff.Revision.DeclarationChange;
import dev.marshall.diff.Revision.ProbabilityChange;
import dev.marshall.diff.Revision.ScheduleChange;
import dev.marshall.diff.Revision.TargetChange;
import dev.marshall.diff.Revision.ValueChange;
import java.util.List;

/**
 * The diff as GitHub-flavoured Markdown, for a pull-request comment: a heading
 * and a one-line summary, then one table per section that has something in it.
 */
public final class DiffMarkdown {
    private DiffMarkdown() {}

    public static String render(Revision r) {
        StringBuilder out = new StringBuilder();
        out.append("## Marshall diff: ").append(code(r.oldName())).append(" → ").append(code(r.newName())).append("\n\n");
        String title = r.newTitle().isEmpty() ? r.oldTitle() : r.newTitle();
        if (!title.isEmpty()) out.append("**").append(cell(title)).append("**  \n");
        out.append(cell(DiffSummary.of(r))).append("\n");

        if (!r.declarations().isEmpty()) {
            out.append("\n### Declarations\n\n| change | kind | name | what changed |\n|---|---|---|---|\n");
            for (DeclarationChange d : r.declarations()) {
                out.append("| ").append(d.change().word()).append(" | ").append(d.kind()).append(" | ")
                        .append(names(d)).append(" | ").append(lines(d)).append(" |\n");
            }
        }
        if (!r.header().isEmpty()) {
            out.append("\n### Programme\n\n| property | before | after |\n|---|---|---|\n");
            for (ValueChange v : r.header()) {
                out.append("| ").append(v.property()).append(" | ").append(cell(v.before())).append(" | ").append(cell(v.after())).append(" |\n");
            }
        }
        costs(out, "Cost by intervention", "intervention", r.budget());
        costs(out, "Planned spend by year", "year", r.years());
        if (!r.funding().isEmpty()) {
            out.append("\n### Funding by funder\n\n| funder | paid | before | after | change |\n|---|---|--:|--:|--:|\n");
            for (Revision.FundingChange f : r.funding()) {
                String who = f.funder() == null ? cell(f.who()) : code(f.funder()) + " " + cell(f.who());
                funding(out, who, "**in all**", f.total());
                for (CostChange y : f.years()) funding(out, "", y.what(), y);
            }
        }
        if (!r.schedules().isEmpty()) {
            out.append("\n### Schedules\n\n| kind | name | before | after |\n|---|---|---|---|\n");
            for (ScheduleChange s : r.schedules()) {
                boolean milestone = s.kind().equals("milestone");
                out.append("| ").append(s.kind()).append(" | ").append(code(s.name())).append(" | ")
                        .append(milestone ? "due month " + s.startBefore() : DiffSummary.months(s.startBefore(), s.endBefore())).append(" | ")
                        .append(milestone ? "due month " + s.startAfter() : DiffSummary.months(s.startAfter(), s.endAfter())).append(" |\n");
            }
        }
        if (!r.targets().isEmpty()) {
            out.append("\n### Targets\n\n| indicator | baseline | target |\n|---|---|---|\n");
            for (TargetChange t : r.targets()) {
                out.append("| ").append(code(t.indicator())).append(" | ")
                        .append(arrow(Amounts.number(t.baselineBefore()), Amounts.number(t.baselineAfter()))).append(" | ")
                        .append(arrow(DiffSummary.target(t.targetBefore(), t.byBefore(), t.unit()),
                                DiffSummary.target(t.targetAfter(), t.byAfter(), t.unit()))).append(" |\n");
            }
        }
        if (!r.introduced().isEmpty() || !r.resolved().isEmpty()) {
            out.append("\n### Diagnostics\n\n");
            for (Diagnostic d : r.introduced()) out.append("- introduced: ").append(code(DiffSummary.diagnostic(d))).append('\n');
            for (Diagnostic d : r.resolved()) out.append("- resolved: ").append(code(DiffSummary.diagnostic(d))).append('\n');
        }
        Revision.Simulation sim = r.simulation();
        out.append("\n### Forecast\n\n");
        if (!sim.simulated()) {
            out.append("Not simulated: ").append(cell(sim.reason())).append(".\n");
        } else {
            out.append("Both revisions simulated with the same seed (").append(sim.runs()).append(" runs, seed ").append(sim.seed()).append(").\n\n");
            out.append("| kind | name | probability | before | after | change |\n|---|---|---|---|---|---|\n");
            for (ProbabilityChange p : r.forecast()) {
                out.append("| ").append(p.kind()).append(" | ").append(code(p.name())).append(" | ").append(DiffSummary.probability(p))
                        .append(" | ").append(Amounts.percent(p.before())).append(" | ").append(Amounts.percent(p.after()))
                        .append(" | ").append(Amounts.points(p.delta())).append(" |\n");
            }
        }
        return out.toString();
    }

    private static void costs(StringBuilder out, String heading, String what, List<CostChange> costs) {
        if (costs.isEmpty()) return;
        out.append("\n### ").append(heading).append("\n\n| ").append(what).append(" | before | after | change |\n|---|--:|--:|--:|\n");
        for (CostChange c : costs) {
            String name = c.what().equals("all interventions") ? "**all interventions**" : what.equals("year") ? c.what() : code(c.what());
            out.append("| ").append(name).append(" | ").append(Amounts.format(c.before())).append(" | ")
                    .append(Amounts.format(c.after())).append(" | ").append(Amounts.signed(c.delta())).append(" |\n");
        }
    }

    private static void funding(StringBuilder out, String who, String paid, CostChange c) {
        out.append("| ").append(who).append(" | ").append(paid).append(" | ").append(Amounts.format(c.before())).append(" | ")
                .append(Amounts.format(c.after())).append(" | ").append(Amounts.signed(c.delta())).append(" |\n");
    }

    private static String names(DeclarationChange d) {
        return switch (d.change()) {
            case RENAMED -> code(d.oldName()) + " → " + code(d.name());
            case REMOVED -> code(d.oldName());
            default -> code(d.name());
        };
    }

    /** The lines taken out and put in: "`a` → `b`" for one of each, else each with − or +. */
    private static String lines(DeclarationChange d) {
        List<String> removed = d.removedLines();
        List<String> added = d.addedLines();
        if (removed.size() == 1 && added.size() == 1) return code(removed.get(0)) + " → " + code(added.get(0));
        StringBuilder out = new StringBuilder();
        for (String l : removed) out.append(out.isEmpty() ? "" : "<br>").append("− ").append(code(l));
        for (String l : added) out.append(out.isEmpty() ? "" : "<br>").append("+ ").append(code(l));
        return out.toString();
    }

    private static String arrow(String before, String after) {
        return before.equals(after) ? cell(after) : cell(before) + " → " + cell(after);
    }

    /** Inline code that survives any content: a backtick inside gets a longer fence; | cannot break the table. */
    static String code(String text) {
        String t = text.replace("|", "\\|").replace("\n", " ");
        String fence = t.contains("`") ? "``" : "`";
        return fence + (fence.length() > 1 ? " " + t + " " : t) + fence;
    }

    /** Plain table text: | escaped, no line breaks, and no HTML tags taken as HTML. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }
}
