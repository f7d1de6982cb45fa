package dev.marshall.diff;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diff.Revision.CostChange;
import dev.marshall.diff.Revision.DeclarationChange;
import dev.marshall.diff.Revision.ProbabilityChange;
import dev.marshall.diff.Revision.ScheduleChange;
import dev.marshall.diff.Revision.TargetChange;
import dev.marshall.diff.Revision.ValueChange;
import java.util.List;

/** The diff for a terminal or a log: the sections of {@link DiffMarkdown}, as indented lines. */
public final class DiffText {
    private DiffText() {}

    public static String render(Revision r) {
        StringBuilder out = new StringBuilder();
        out.append(r.oldName()).append(" → ").append(r.newName()).append(": ").append(DiffSummary.of(r)).append('\n');
        if (!r.declarations().isEmpty()) {
            out.append("\nDeclarations\n");
            for (DeclarationChange d : r.declarations()) {
                out.append("  ").append(d.change().word()).append(' ').append(d.kind()).append(' ').append(DiffSummary.name(d)).append('\n');
                for (String l : d.removedLines()) out.append("      - ").append(l).append('\n');
                for (String l : d.addedLines()) out.append("      + ").append(l).append('\n');
            }
        }
        if (!r.header().isEmpty()) {
            out.append("\nProgramme\n");
            for (ValueChange v : r.header()) out.append("  ").append(v.property()).append(": ").append(v.before()).append(" → ").append(v.after()).append('\n');
        }
        costs(out, "Cost by intervention", r.budget());
        costs(out, "Planned spend by year", r.years());
        if (!r.funding().isEmpty()) {
            out.append("\nFunding by funder\n");
            for (Revision.FundingChange f : r.funding()) {
                out.append("  ").append(f.who()).append(": ").append(change(f.total())).append('\n');
                for (CostChange y : f.years()) out.append("      ").append(y.what()).append(": ").append(change(y)).append('\n');
            }
        }
        if (!r.schedules().isEmpty()) {
            out.append("\nSchedules\n");
            for (ScheduleChange s : r.schedules()) {
                boolean milestone = s.kind().equals("milestone");
                out.append("  ").append(s.kind()).append(' ').append(s.name()).append(": ")
                        .append(milestone ? "due month " + s.startBefore() : DiffSummary.months(s.startBefore(), s.endBefore())).append(" → ")
                        .append(milestone ? "due month " + s.startAfter() : DiffSummary.months(s.startAfter(), s.endAfter())).append('\n');
            }
        }
        if (!r.targets().isEmpty()) {
            out.append("\nTargets\n");
            for (TargetChange t : r.targets()) {
                out.append("  ").append(t.indicator()).append(": baseline ").append(Amounts.number(t.baselineBefore()));
                if (!Amounts.number(t.baselineBefore()).equals(Amounts.number(t.baselineAfter()))) out.append(" → ").append(Amounts.number(t.baselineAfter()));
                String before = DiffSummary.target(t.targetBefore(), t.byBefore(), t.unit());
                String after = DiffSummary.target(t.targetAfter(), t.byAfter(), t.unit());
                out.append(", target ").append(before);
                if (!before.equals(after)) out.append(" → ").append(after);
                out.append('\n');
            }
        }
        if (!r.introduced().isEmpty() || !r.resolved().isEmpty()) {
            out.append("\nDiagnostics\n");
            for (Diagnostic d : r.introduced()) out.append("  introduced: ").append(DiffSummary.diagnostic(d)).append('\n');
            for (Diagnostic d : r.resolved()) out.append("  resolved: ").append(DiffSummary.diagnostic(d)).append('\n');
        }
        Revision.Simulation sim = r.simulation();
        if (!sim.simulated()) {
            out.append("\nForecast: not simulated: ").append(sim.reason()).append('\n');
        } else {
            out.append("\nForecast (same seed: ").append(sim.runs()).append(" runs, seed ").append(sim.seed()).append(")\n");
            for (ProbabilityChange p : r.forecast()) {
                out.append("  ").append(p.kind()).append(' ').append(p.name()).append(' ').append(DiffSummary.probability(p)).append(": ")
                        .append(Amounts.percent(p.before())).append(" → ").append(Amounts.percent(p.after()))
                        .append(" (").append(Amounts.points(p.delta())).append(")\n");
            }
        }
        return out.toString();
    }

    private static void costs(StringBuilder out, String heading, List<CostChange> costs) {
        if (costs.isEmpty()) return;
        out.append('\n').append(heading).append('\n');
        for (CostChange c : costs) out.append("  ").append(c.what()).append(": ").append(change(c)).append('\n');
    }

    /** {@code before → after (±delta)}. */
    private static String change(CostChange c) {
        return Amounts.format(c.before()) + " → " + Amounts.format(c.after()) + " (" + Amounts.signed(c.delta()) + ")";
    }
}
