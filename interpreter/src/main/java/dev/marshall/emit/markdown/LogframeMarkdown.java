package dev.marshall.emit.markdown;

import static dev.marshall.emit.text.Markdown.cell;
import static dev.marshall.emit.text.Markdown.code;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Logframe.Outcome;
import dev.marshall.emit.logframe.Logframe.Output;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Markdown;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * The logframe as a markdown document: the results framework table (goal →
 * outcomes → outputs, one row per indicator with baseline, target, means of
 * verification and, when simulated, where the indicator lands), then
 * activities, milestones, assumptions, risks and the narrative from doc
 * comments.
 */
public final class LogframeMarkdown implements Emitter {

    @Override
    public String render(Framework framework) {
        Logframe lf = framework.logframe();
        Logframe.Overview o = lf.overview();
        boolean simulated = lf.simulation().isPresent();
        StringBuilder out = new StringBuilder();
        out.append("# Logframe: ").append(Markdown.text(o.title())).append("\n\n");
        out.append(Summary.line(lf)).append("\n\n");
        if (!o.description().isEmpty()) out.append(Markdown.text(o.description())).append("\n\n");
        if (!o.narrative().isEmpty()) out.append(Markdown.text(o.narrative())).append("\n\n");
        if (!Wording.publisher(o).isEmpty()) out.append(Markdown.text(Wording.publisher(o))).append("\n\n");
        out.append(Summary.simulationNote(lf)).append("\n\n");

        out.append("## Results framework\n\n");
        List<String> header = new ArrayList<>(List.of("Level", "Result", "Indicator", "Baseline", "Target"));
        if (simulated) header.addAll(List.of("Simulated at target, p50 (p10 – p90)", "P(target met)"));
        header.add("Means of verification");
        List<List<String>> rows = new ArrayList<>();
        addRows(rows, "**Goal** (impact)", lf.goal().statement().isEmpty() ? "_no goal stated_" : cell(lf.goal().statement()),
                lf.goal().indicators(), simulated);
        for (Outcome outcome : lf.outcomes()) {
            addRows(rows, "**Outcome " + outcome.ref() + "**", cell(outcome.title()), outcome.indicators(), simulated);
            for (Output output : outcome.outputs()) {
                String result = cell(output.title()) + " " + code(output.declared() ? output.result() : output.intervention());
                if (output.indicators().isEmpty() && !output.measuredAlsoBy().isEmpty()) {
                    List<String> by = new ArrayList<>();
                    output.measuredAlsoBy().forEach(n -> by.add(code(n)));
                    result += "<br>measured at a higher level by " + String.join(", ", by);
                }
                addRows(rows, "Output " + output.ref(), result, output.indicators(), simulated);
            }
        }
        if (!lf.otherIndicators().isEmpty()) {
            addRows(rows, "Other", "Indicators measuring no result of the logframe", lf.otherIndicators(), simulated);
        }
        out.append(Markdown.table(header, rows)).append('\n');

        out.append("## Activities\n\n");
        List<String> activityHeader = new ArrayList<>(List.of("Output", "Activity", "Lead", "Partners", "Targets", "Planned"));
        if (simulated) activityHeader.add("Simulated (p50)");
        activityHeader.addAll(List.of("Waits for", "Cost", "Cost share", "Risk"));
        List<List<String>> activityRows = new ArrayList<>();
        for (Output output : lf.outputs()) for (Logframe.Work w : output.work()) {
            Logframe.Activity a = w.activity();
            List<String> row = new ArrayList<>(List.of(output.ref(), cell(w.title()) + " " + code(w.intervention()),
                    (a.lead() == null ? "" : cell(a.lead().display())) + (a.exit() == null ? "" : "; " + cell(a.exit().describe())),
                    actors(a.partners()), actors(a.targets()),
                    cell(Wording.planned(a))));
            if (simulated) row.add(cell(Wording.simulated(a)));
            row.addAll(List.of(cell(String.join(", ", a.waitsFor())), Wording.cost(a, o.currency()),
                    Wording.costShare(a), a.risk()));
            activityRows.add(row);
        }
        out.append(Markdown.table(activityHeader, activityRows)).append('\n');
        costLines(out, lf);
        if (lf.costLines().isEmpty()) out.append("Planned cost of activities: ").append(Quantities.money(o.plannedCost(), o.currency()));
        else out.append("Planned cost: ").append(Quantities.money(o.plannedCost(), o.currency())).append(" (activities ")
                .append(Quantities.money(lf.activitiesCost(), o.currency())).append(", programme cost lines ")
                .append(Quantities.money(lf.costLinesCost(), o.currency())).append(")");
        out.append(" of a budget of ").append(Quantities.money(o.budget(), o.currency()));
        if (o.beneficiaryContribution() > 0) {
            out.append("; beneficiaries contribute ").append(Quantities.money(o.beneficiaryContribution(), o.currency()));
        }
        out.append(".\n\n");
        fundingByYear(out, lf);

        if (!lf.milestones().isEmpty()) {
            out.append("## Milestones\n\n");
            List<String> mh = new ArrayList<>(List.of("Milestone", "Due", "Reached when"));
            if (simulated) mh.addAll(List.of("P(on time)", "Reached, p50 (p10–p90)"));
            List<List<String>> mrows = new ArrayList<>();
            for (Logframe.MilestoneEntry m : lf.milestones()) {
                List<String> row = new ArrayList<>(List.of(cell(m.title()) + " " + code(m.name()),
                        Dates.month(m.dueMonth()) + " (month " + m.due() + ")", cell(Wording.reachedWhen(m))));
                if (simulated) {
                    row.add(m.forecast() == null ? "" : Quantities.percent(m.forecast().probabilityOnTime()));
                    row.add(cell(Wording.reached(m)));
                }
                mrows.add(row);
            }
            out.append(Markdown.table(mh, mrows)).append('\n');
        }

        out.append("## Assumptions\n\n");
        if (lf.assumptions().isEmpty()) out.append("None written.\n\n");
        for (Logframe.AssumptionEntry a : lf.assumptions()) {
            out.append("- ").append(Markdown.text(a.text()));
            if (!a.narrative().isEmpty()) out.append(" — ").append(cell(a.narrative()));
            out.append('\n');
        }
        if (!lf.assumptions().isEmpty()) out.append('\n');

        out.append("## Risks and mitigation\n\n");
        List<List<String>> riskRows = new ArrayList<>();
        for (Logframe.RiskEntry r : lf.risks()) {
            riskRows.add(List.of(cell(r.text()), r.mitigation().isEmpty() ? "none written" : cell(r.mitigation())));
        }
        for (Logframe.Work w : lf.work()) {
            if (w.activity().risk().equals("high")) {
                riskRows.add(List.of("High-risk activity " + (lf.nameOf(w.intervention()).equals(w.intervention()) ? "" : cell(lf.nameOf(w.intervention())) + " ") + code(w.intervention()),
                        w.activity().waitsFor().isEmpty() ? "none: it starts on a fixed month"
                                : "waits for " + cell(String.join(", ", w.activity().waitsFor()))));
            }
        }
        if (riskRows.isEmpty()) out.append("None written.\n\n");
        else out.append(Markdown.table(List.of("Risk", "Mitigation"), riskRows)).append('\n');

        String narrative = narrative(lf);
        if (!narrative.isEmpty()) out.append("## Narrative\n\n").append(narrative);
        return out.toString();
    }

    private static void addRows(List<List<String>> rows, String level, String result, List<IndicatorEntry> indicators,
                                boolean simulated) {
        if (indicators.isEmpty()) {
            List<String> row = new ArrayList<>(List.of(level, result, "no indicator at this level", "", ""));
            if (simulated) row.addAll(List.of("", ""));
            row.add("");
            rows.add(row);
            return;
        }
        boolean first = true;
        for (IndicatorEntry i : indicators) {
            String indicator = cell(i.title()) + " " + code(i.name()) + "<br>" + cell(details(i));
            List<String> row = new ArrayList<>(List.of(first ? level : "", first ? result : "", indicator,
                    cell(Wording.baseline(i)), cell(Wording.target(i))));
            if (simulated) {
                row.add(cell(Wording.simulatedAtTarget(i)));
                row.add(Wording.probability(i.probabilityTargetMet()));
            }
            row.add(i.source().isEmpty() ? "not set" : cell(i.source()));
            rows.add(row);
            first = false;
        }
    }

    /** "EUR, yearly, by sex" under an indicator's name. */
    static String details(IndicatorEntry i) {
        List<String> parts = new ArrayList<>();
        if (i.key()) parts.add("key indicator");
        parts.add(Quantities.unitLabel(i.unit()));
        if (!i.frequency().isEmpty()) parts.add(i.frequency().toLowerCase(java.util.Locale.ROOT));
        if (!i.disaggregation().isEmpty()) {
            parts.add("by " + String.join(", ", i.disaggregation()).toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(", ", parts);
    }

    private static String actors(List<Logframe.ActorRef> actors) {
        List<String> names = new ArrayList<>();
        for (Logframe.ActorRef a : actors) names.add(cell(a.title()));
        return String.join(", ", names);
    }

    private static String narrative(Logframe lf) {
        StringBuilder out = new StringBuilder();
        for (Outcome outcome : lf.outcomes()) {
            if (!outcome.narrative().isEmpty()) {
                out.append("### Outcome ").append(outcome.ref()).append(": ").append(Markdown.text(outcome.title())).append("\n\n")
                        .append(Markdown.text(outcome.narrative())).append("\n\n");
            }
            for (Output output : outcome.outputs()) {
                if (output.narrative().isEmpty()) continue;
                out.append("### Output ").append(output.ref()).append(": ").append(Markdown.text(output.title())).append("\n\n")
                        .append(Markdown.text(output.narrative())).append("\n\n");
            }
        }
        for (IndicatorEntry i : lf.indicators()) {
            if (i.definition().isEmpty()) continue;
            out.append("### Indicator ").append(code(i.name())).append("\n\n").append(Markdown.text(i.definition())).append("\n\n");
        }
        for (Logframe.MilestoneEntry m : lf.milestones()) {
            if (m.narrative().isEmpty()) continue;
            out.append("### Milestone ").append(Markdown.text(m.title())).append("\n\n").append(Markdown.text(m.narrative())).append("\n\n");
        }
        return out.toString();
    }
    /** The programme-level cost lines (the CDA and its staff, management, M&E, equipment), when there are any. */
    private static void costLines(StringBuilder out, Logframe lf) {
        if (lf.costLines().isEmpty()) return;
        String currency = lf.overview().currency();
        List<List<String>> rows = new ArrayList<>();
        for (Logframe.CostLineEntry c : lf.costLines()) {
            List<String> funders = new ArrayList<>();
            for (Logframe.FundedBy f : c.funders()) funders.add(cell(f.funder().title()) + " " + Quantities.percentValue(f.share()));
            rows.add(List.of(cell(c.title()) + " " + code(c.name()), cell(c.category()),
                    cell(Wording.months(c.start(), c.end())) + " (months " + c.from() + "–" + c.until() + ")",
                    Quantities.money(c.monthly(), currency), Quantities.money(c.total(), currency),
                    funders.isEmpty() ? "—" : String.join(", ", funders)));
        }
        out.append("## Programme cost lines\n\n")
                .append(Markdown.table(List.of("Cost line", "Category", "Months", "Each month", "Total", "Paid by"), rows)).append('\n');
    }

    /** Who pays what by programme year, when the programme declares its funders (else nothing). */
    private static void fundingByYear(StringBuilder out, Logframe lf) {
        List<dev.marshall.emit.logframe.FundingByYear.Row> funding = dev.marshall.emit.logframe.FundingByYear.of(lf);
        if (funding.isEmpty()) return;
        String currency = lf.overview().currency();
        List<String> header = new ArrayList<>(List.of("Paid by"));
        for (var y : dev.marshall.emit.logframe.ProgrammeYears.of(lf.overview())) header.add("Year " + y.index() + " (" + y.start() + " – " + y.end() + ")");
        header.add("Total");
        header.add("Committed");
        List<List<String>> rows = new ArrayList<>();
        for (var r : funding) {
            List<String> row = new ArrayList<>(List.of(cell(r.who())));
            for (double v : r.byYear()) row.add(Quantities.money(v, currency));
            row.add(Quantities.money(r.total(), currency));
            row.add(r.commits() == null ? "—" : Quantities.money(r.commits(), currency));
            rows.add(row);
        }
        out.append("## Funding by year\n\n").append(Markdown.table(header, rows)).append('\n');
    }
}
