package dev.marshall.emit.html;

import static dev.marshall.emit.html.Html.el;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * The logframe's tables in HTML, shared by the standalone logframe page and
 * the report: the results framework (one row per indicator, the level and
 * result spanning their indicators' rows), the activities, the milestones,
 * and assumptions and risks.
 */
final class LogframeTables {
    private LogframeTables() {}

    static Html.Node results(Logframe lf, Palette palette) {
        boolean simulated = lf.simulation().isPresent();
        Html.Node head = el("tr").add(el("th", "Level"), el("th", "Result"), el("th", "Indicator"), el("th", "Baseline"),
                el("th", "Target"));
        if (simulated) head.add(el("th", "Forecast at target (p10 – p90)"));
        head.add(el("th", "Means of verification"));
        Html.Node body = el("tbody");
        rows(body, "goal", "Goal", "impact", lf.goal().statement().isEmpty() ? el("span", "no goal stated", "class", "small")
                : el("span").text(lf.goal().statement()), lf.goal().indicators(), simulated);
        for (Logframe.Outcome o : lf.outcomes()) {
            Html.Node result = el("span").add(el("span", "class", "swatch " + palette.outcome(o))).text(o.title());
            rows(body, "outcome", "Outcome", o.ref(), result, o.indicators(), simulated);
            for (Logframe.Output out : o.outputs()) {
                Html.Node r = el("span").add(el("span", "class", "swatch " + palette.outcome(o))).text(out.title() + " ")
                        .add(el("code", out.declared() ? out.result() : out.intervention()));
                if (!out.narrative().isEmpty()) r.add(el("br")).add(el("span", out.narrative(), "class", "small"));
                if (out.indicators().isEmpty() && !out.measuredAlsoBy().isEmpty()) {
                    r.add(el("br")).add(el("span", "measured at a higher level by " + String.join(", ", out.measuredAlsoBy()),
                            "class", "small"));
                }
                rows(body, "output", "Output", out.ref(), r, out.indicators(), simulated);
            }
        }
        if (!lf.otherIndicators().isEmpty()) {
            rows(body, "other", "Other", "", el("span", "Indicators attached to no result"), lf.otherIndicators(), simulated);
        }
        return el("table", "class", "logframe").add(el("thead").add(head), body);
    }

    private static void rows(Html.Node body, String level, String levelLabel, String ref, Html.Node result,
                             List<IndicatorEntry> indicators, boolean simulated) {
        int span = Math.max(1, indicators.size());
        Html.Node levelCell = el("td", "class", "level", "rowspan", Integer.toString(span)).text(levelLabel);
        if (!ref.isEmpty()) levelCell.add(el("span", ref, "class", "ref"));
        Html.Node resultCell = el("td", "rowspan", Integer.toString(span)).add(result);
        if (indicators.isEmpty()) {
            Html.Node row = el("tr", "class", "level-" + level).add(levelCell, resultCell,
                    el("td", "no indicator at this level", "class", "small"), el("td"), el("td"));
            if (simulated) row.add(el("td"));
            body.add(row.add(el("td")));
            return;
        }
        boolean first = true;
        for (IndicatorEntry i : indicators) {
            Html.Node row = el("tr", "class", "level-" + level);
            if (first) row.add(levelCell, resultCell);
            row.add(el("td").add(el("strong", i.title())).text(" ").add(el("code", i.name()))
                    .add(el("br")).add(el("span", details(i), "class", "small")));
            row.add(el("td", Wording.baseline(i)), el("td", Wording.target(i)));
            if (simulated) row.add(forecast(i));
            row.add(el("td", i.source().isEmpty() ? "not set" : i.source()));
            body.add(row);
            first = false;
        }
    }

    static String details(IndicatorEntry i) {
        List<String> parts = new ArrayList<>();
        if (i.key()) parts.add("key indicator");
        parts.add(Quantities.unitLabel(i.unit()));
        if (!i.frequency().isEmpty()) parts.add(i.frequency().toLowerCase(java.util.Locale.ROOT));
        if (!i.disaggregation().isEmpty()) parts.add("by " + String.join(", ", i.disaggregation()).toLowerCase(java.util.Locale.ROOT));
        if (i.responsible() != null) parts.add("reported by " + i.responsible().title());
        return String.join(" · ", parts);
    }

    static Html.Node forecast(IndicatorEntry i) {
        Html.Node cell = el("td");
        String at = Wording.simulatedAtTarget(i);
        if (!at.isEmpty()) cell.text(at);
        if (i.probabilityTargetMet() != null) {
            if (!at.isEmpty()) cell.add(el("br"));
            cell.add(badge(i.probabilityTargetMet(), Quantities.percent(i.probabilityTargetMet()) + " chance of target"));
        }
        return cell;
    }

    static Html.Node badge(Double probability, String text) {
        Wording.Rating rating = Wording.rating(probability);
        return el("span", text, "class", "badge " + rating.cssClass(), "title", rating.words);
    }

    static Html.Node activities(Logframe lf, Palette palette) {
        boolean simulated = lf.simulation().isPresent();
        String currency = lf.overview().currency();
        Html.Node head = el("tr").add(el("th", "Output"), el("th", "Activity"), el("th", "Lead"), el("th", "With and for"),
                el("th", "Planned"));
        if (simulated) head.add(el("th", "Simulated (p50)"));
        head.add(el("th", "Waits for"), el("th", "Cost", "class", "num"), el("th", "Cost share", "class", "num"), el("th", "Risk"));
        Html.Node body = el("tbody");
        for (Logframe.Output out : lf.outputs()) for (Logframe.Work w : out.work()) {
            Logframe.Activity a = w.activity();
            Html.Node activity = el("td").add(el("span", "class", "swatch " + palette.intervention(w.intervention())))
                    .text(w.title() + " ").add(el("code", w.intervention()));
            Html.Node with = el("td");
            if (!a.partners().isEmpty()) with.text("partners: " + names(a.partners()));
            if (!a.targets().isEmpty()) {
                if (!a.partners().isEmpty()) with.add(el("br"));
                with.text("targets: " + names(a.targets()));
            }
            Html.Node planned = el("td");
            if (a.planned().startMonth() == null) {
                planned.text("not planned");
            } else {
                planned.text(Wording.months(a.planned().start(), a.planned().end())).add(el("br"))
                        .add(el("span", "months " + a.planned().startMonth() + "–" + a.planned().endMonth(), "class", "small"));
            }
            Html.Node row = el("tr").add(el("td", out.ref()), activity,
                    el("td").add(a.lead() == null ? null : el("strong", a.lead().title()))
                            .add(a.lead() == null ? null : el("br")).add(a.lead() == null ? null : el("span", a.lead().kindLabel(), "class", "small"))
                            .add(a.exit() == null ? null : el("br")).add(a.exit() == null ? null : el("span", a.exit().describe(), "class", "small")),
                    with, planned);
            if (simulated) row.add(el("td", Wording.simulated(a)));
            row.add(el("td", String.join("; ", a.waitsFor())), el("td", Wording.cost(a, currency), "class", "num"),
                    el("td", a.costShare() == null ? "—" : Wording.costShare(a), "class", "num"), el("td", a.risk()));
            body.add(row);
        }
        Logframe.Overview o = lf.overview();
        Html.Node total = el("tr", "class", "total").add(el("td"), el("td").add(el("strong", "Total")), el("td"), el("td"), el("td"));
        if (simulated) total.add(el("td"));
        total.add(el("td"), el("td", "class", "num").add(el("strong", Quantities.money(lf.activitiesCost(), currency))),
                el("td", o.beneficiaryContribution() > 0 ? Quantities.money(o.beneficiaryContribution(), currency) : "—", "class", "num"),
                el("td"));
        body.add(total);
        return el("div", "class", "table-scroll").add(el("table", "class", "activities").add(el("thead").add(head), body));
    }

    /**
     * The programme-level cost lines (the CDA and its staff, management, M&E, equipment): a row each, with its
     * category, months, monthly amount, total and funders; then the planned cost of activities and lines together.
     * Null when the programme has none.
     */
    static Html.Node costLines(Logframe lf) {
        if (lf.costLines().isEmpty()) return null;
        String currency = lf.overview().currency();
        Html.Node head = el("tr").add(el("th", "Cost line"), el("th", "Category"), el("th", "Months"),
                el("th", "Each month", "class", "num"), el("th", "Total", "class", "num"), el("th", "Paid by"));
        Html.Node body = el("tbody");
        for (Logframe.CostLineEntry c : lf.costLines()) {
            List<String> funders = new java.util.ArrayList<>();
            for (Logframe.FundedBy f : c.funders()) funders.add(f.funder().title() + " " + Quantities.percentValue(f.share()));
            Html.Node line = el("td").text(c.title() + " ").add(el("code", c.name()));
            if (!c.narrative().isEmpty()) line.add(el("br")).add(el("span", c.narrative(), "class", "small"));
            body.add(el("tr").add(line, el("td", c.category()),
                    el("td", Wording.months(c.start(), c.end()) + " (months " + c.from() + "–" + c.until() + ")"),
                    el("td", Quantities.money(c.monthly(), currency), "class", "num"),
                    el("td", Quantities.money(c.total(), currency), "class", "num"),
                    el("td", funders.isEmpty() ? "—" : String.join(", ", funders))));
        }
        body.add(el("tr", "class", "total").add(el("td").add(el("strong", "Total")), el("td"), el("td"), el("td"),
                el("td", "class", "num").add(el("strong", Quantities.money(lf.costLinesCost(), currency))), el("td")));
        body.add(el("tr", "class", "total").add(el("td").add(el("strong", "Activities and cost lines")), el("td"), el("td"), el("td"),
                el("td", "class", "num").add(el("strong", Quantities.money(lf.overview().plannedCost(), currency))), el("td")));
        return el("div", "class", "table-scroll").add(el("table", "class", "cost-lines").add(el("thead").add(head), body));
    }

    /** What each intervention changes each month while active, and the uncertain parameters: the model behind the forecasts. */
    static Html.Node dynamics(Logframe lf) {
        Html.Node body = el("tbody");
        for (Logframe.Work out : lf.work()) {
            if (out.activity().eachMonth().isEmpty()) continue;
            Html.Node code = el("td");
            boolean first = true;
            for (String statement : out.activity().eachMonth()) {
                if (!first) code.add(el("br"));
                code.add(el("code", statement));
                first = false;
            }
            body.add(el("tr").add(el("td").text(out.title() + " ").add(el("code", out.intervention())), code));
        }
        Html.Node div = el("div");
        if (body.isEmpty()) {
            div.add(el("p", "No intervention has an each month block: the programme's results are not modelled, only planned.", "class", "small"));
        } else {
            div.add(el("table").add(el("thead").add(el("tr").add(el("th", "Intervention"), el("th", "Each month while active"))), body));
        }
        if (!lf.overview().parameters().isEmpty()) {
            Html.Node params = el("tbody");
            for (Logframe.Fact f : lf.overview().parameters()) params.add(el("tr").add(el("td").add(el("code", f.label())), el("td", f.value())));
            div.add(el("table").add(el("thead").add(el("tr").add(el("th", "Uncertain parameter"),
                    el("th", "Sampled once per simulated run from"))), params));
        }
        return div;
    }

    /**
     * The technical annex: the model's formula of every indicator and the condition of every milestone, as
     * written in the programme. Only the HTML report shows them; donor documents show the words.
     */
    static Html.Node formulas(Logframe lf) {
        Html.Node body = el("tbody");
        for (IndicatorEntry i : lf.indicators()) {
            if (i.calculation().isEmpty()) continue;
            body.add(el("tr").add(el("td").text("Indicator " + i.title() + " ").add(el("code", i.name())),
                    el("td").add(el("code", i.calculation()))));
        }
        for (Logframe.MilestoneEntry m : lf.milestones()) {
            if (m.condition().isEmpty()) continue;
            body.add(el("tr").add(el("td").text("Milestone " + m.title() + " ").add(el("code", m.name())),
                    el("td").add(el("code", m.condition()))));
        }
        if (body.isEmpty()) return el("p", "No indicator or milestone is modelled.", "class", "small");
        return el("table", "class", "formulas").add(el("thead").add(el("tr").add(el("th", "Measured or judged"),
                el("th", "In the model (an indicator at the end of each reporting period; a milestone each month until it holds)"))), body);
    }

    static Html.Node milestones(Logframe lf) {
        boolean simulated = lf.simulation().isPresent();
        Html.Node head = el("tr").add(el("th", "Milestone"), el("th", "Due"), el("th", "Reached when"), el("th", "Unlocks"));
        if (simulated) head.add(el("th", "P(on time)"), el("th", "Reached, p50 (p10–p90)"));
        Html.Node body = el("tbody");
        for (Logframe.MilestoneEntry m : lf.milestones()) {
            Html.Node title = el("td").add(el("strong", m.title())).text(" ").add(el("code", m.name()));
            if (!m.narrative().isEmpty()) title.add(el("br")).add(el("span", m.narrative(), "class", "small"));
            Html.Node row = el("tr").add(title, el("td", Dates.month(m.dueMonth()) + " (month " + m.due() + ")"),
                    el("td", Wording.reachedWhen(m)), el("td", String.join(", ", m.unlocks())));
            if (simulated) {
                row.add(el("td").add(m.forecast() == null ? null
                        : badge(m.forecast().probabilityOnTime(), Quantities.percent(m.forecast().probabilityOnTime()))));
                row.add(el("td", Wording.reached(m)));
            }
            body.add(row);
        }
        return el("table", "class", "milestones").add(el("thead").add(head), body);
    }

    static Html.Node assumptionsAndRisks(Logframe lf) {
        Html.Node assumptions = el("div").add(el("h3", "Assumptions"));
        if (lf.assumptions().isEmpty()) assumptions.add(el("p", "None written.", "class", "small"));
        Html.Node list = el("ul");
        for (Logframe.AssumptionEntry a : lf.assumptions()) {
            Html.Node item = el("li", a.text());
            if (!a.narrative().isEmpty()) item.add(el("br")).add(el("span", a.narrative(), "class", "small"));
            list.add(item);
        }
        if (!list.isEmpty()) assumptions.add(list);
        Html.Node risks = el("div").add(el("h3", "Risks and mitigation"));
        Html.Node body = el("tbody");
        for (Logframe.RiskEntry r : lf.risks()) {
            body.add(el("tr").add(el("td", r.text()), el("td", r.mitigation().isEmpty() ? "none written" : r.mitigation())));
        }
        for (Logframe.Work out : lf.work()) {
            if (!out.activity().risk().equals("high")) continue;
            body.add(el("tr").add(el("td").text("High-risk activity " + named(lf, out.intervention())).add(el("code", out.intervention())),
                    el("td", out.activity().waitsFor().isEmpty() ? "none: it starts on a fixed month"
                            : "waits for " + String.join(", ", out.activity().waitsFor()))));
        }
        if (body.isEmpty()) risks.add(el("p", "None written.", "class", "small"));
        else risks.add(el("table").add(el("thead").add(el("tr").add(el("th", "Risk"), el("th", "Mitigation"))), body));
        return el("div", "class", "columns").add(assumptions, risks);
    }

    private static String names(List<Logframe.ActorRef> actors) {
        List<String> names = new ArrayList<>();
        for (Logframe.ActorRef a : actors) names.add(a.title());
        return String.join(", ", names);
    }

    /** A written display name followed by a space (the id follows in code), or "" when the id is all there is. */
    private static String named(Logframe lf, String id) {
        String name = lf.nameOf(id);
        return name.equals(id) ? "" : name + " ";
    }
}
