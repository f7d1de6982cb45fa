package dev.marshall.emit.html;

import static dev.marshall.emit.html.Html.el;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Related;
import dev.marshall.diagnostics.Severity;
import dev.marshall.emit.Emitter;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.ReportingCalendar;
import dev.marshall.emit.logframe.UncertaintyCaveat;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Quantities;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report a donor reads: one self-contained HTML page (inline CSS and SVG,
 * no script, no network) with the programme at a glance, the logframe, the
 * schedule as a Gantt chart, each indicator's trajectory against its target,
 * the actor network, the results chain, the reporting calendar and the
 * findings of {@code check}. Every section has a stable id (see
 * {@link #SECTIONS}) so tools and tests can find it.
 */
public final class HtmlReport implements Emitter {

    /** The id and heading of every section, in page order. */
    public static final List<String[]> SECTIONS = List.of(
            new String[] {"at-a-glance", "The programme at a glance"},
            new String[] {"logframe", "Logframe"},
            new String[] {"schedule", "Schedule"},
            new String[] {"indicators", "Indicators against targets"},
            new String[] {"actors", "Actors and networks"},
            new String[] {"results-chain", "Results chain"},
            new String[] {"calendar", "Reporting calendar"},
            new String[] {"findings", "Findings of check"});

    /** The optional sections after the fixed ones (monitoring, sensitivity); none by default. */
    private final AnalysisSections analyses;

    public HtmlReport() {
        this(new AnalysisSections(null, null));
    }

    public HtmlReport(AnalysisSections analyses) {
        this.analyses = analyses;
    }

    @Override
    public String render(Framework framework) {
        Logframe lf = framework.logframe();
        Palette palette = new Palette(lf);
        Html.Node main = el("main").add(
                glance(framework.programme(), lf, palette),
                section(1, lf.declaredChain()
                        ? "The results framework as the programme states it: goal, outcomes and outputs, with indicators and means of verification."
                        : "The results framework: goal, outcomes per pillar, outputs per intervention, with indicators and means of verification.")
                        .add(LogframeTables.results(lf, palette))
                        .add(el("h3", "Activities")).add(LogframeTables.activities(lf, palette))
                        .add(lf.costLines().isEmpty() ? null : el("h3", "Programme cost lines"))
                        .add(LogframeTables.costLines(lf))
                        .add(lf.milestones().isEmpty() ? null : el("h3", "Milestones"))
                        .add(lf.milestones().isEmpty() ? null : LogframeTables.milestones(lf))
                        .add(LogframeTables.assumptionsAndRisks(lf)),
                section(2, lf.simulation().isPresent()
                        ? "Planned months, the simulated spread of each intervention, and when milestones are reached."
                        : "Planned months of each intervention and the milestones' due months.")
                        .add(lf.work().isEmpty() && lf.milestones().isEmpty()
                                ? el("p", "The programme declares no intervention and no milestone.")
                                : el("figure").add(GanttChart.of(lf, palette), el("figcaption").add(GanttChart.legend(lf.simulation().isPresent())))),
                indicators(lf),
                section(4, "Who takes part, how they are linked, and who works with whom in the programme.")
                        .add(lf.actors().isEmpty() ? el("p", "The programme declares no actor.")
                                : el("figure").add(ActorNetworkDiagram.of(lf), el("figcaption").add(ActorNetworkDiagram.legend(lf))))
                        .add(lf.actors().isEmpty() ? null : actorTable(lf)),
                section(5, "How each intervention's output is meant to lead to an outcome, and the outcomes to the goal.")
                        .add(el("figure").add(ResultsChainDiagram.of(lf, palette)))
                        .add(el("h3", "How the model links them"))
                        .add(el("p", "What each intervention changes in the cluster every month it is active, and the uncertain "
                                + "parameters the simulation samples: the assumptions behind every forecast in this report.", "class", "small"))
                        .add(LogframeTables.dynamics(lf))
                        .add(el("h3", "Technical annex: the model's formulas"))
                        .add(el("p", "How the simulation computes each indicator and decides each milestone. Donor documents "
                                + "(logframe, indicator sheets, workbook, IATI) show the calculation and the milestone in words instead.", "class", "small"))
                        .add(LogframeTables.formulas(lf)),
                calendar(lf),
                findings(framework));
        for (Html.Node extra : analyses.sections(framework.programme())) main.add(extra);
        return Page.render(lf.overview().title() + " — M&E report", masthead(lf), toc(), main, colophon(lf));
    }

    private static Html.Node section(int index, String lede) {
        String[] s = SECTIONS.get(index);
        return el("section", "id", s[0], "class", "part").add(el("h2", s[1]), el("p", lede, "class", "lede"));
    }

    private static Html.Node masthead(Logframe lf) {
        Logframe.Overview o = lf.overview();
        List<String> meta = new ArrayList<>();
        if (!o.country().isEmpty()) meta.add(o.country());
        meta.add(Dates.month(o.start()) + " – " + Dates.month(o.end()) + " (" + o.horizon() + " months)");
        meta.add("budget " + Quantities.money(o.budget(), o.currency()));
        if (!o.focus().isEmpty()) meta.add("focus: " + o.focus().toLowerCase(java.util.Locale.ROOT));
        Html.Node inner = el("div", "class", "inner").add(
                el("p", "Cluster development programme · monitoring and evaluation framework", "class", "kicker"),
                el("h1", o.title()), el("p", String.join(" · ", meta), "class", "meta"));
        if (!lf.goal().statement().isEmpty()) inner.add(el("p", lf.goal().statement(), "class", "goal"));
        return el("header", "class", "masthead").add(inner);
    }

    private Html.Node toc() {
        Html.Node nav = el("nav", "class", "toc", "aria-label", "Contents");
        for (String[] s : SECTIONS) nav.add(el("a", s[1], "href", "#" + s[0]));
        for (String[] s : analyses.toc()) nav.add(el("a", s[1], "href", "#" + s[0]));
        return nav;
    }

    private static Html.Node glance(Programme programme, Logframe lf, Palette palette) {
        Logframe.Overview o = lf.overview();
        Html.Node section = section(0, o.narrative().isEmpty() && o.description().isEmpty() ? "What the programme is, where, for how long and at what cost." : "");
        if (!o.description().isEmpty()) section.add(el("p", o.description(), "class", "narrative"));
        if (!o.narrative().isEmpty()) {
            for (String paragraph : o.narrative().split("\n\n")) section.add(el("p", paragraph, "class", "narrative"));
        }
        if (!Wording.publisher(o).isEmpty()) section.add(el("p", Wording.publisher(o), "class", "small"));
        double share = o.budget() > 0 ? o.plannedCost() / o.budget() : Double.NaN;
        Html.Node cards = el("div", "class", "cards").add(
                card(Quantities.money(o.budget(), o.currency()), "Budget", ""),
                card(Quantities.money(o.plannedCost(), o.currency()), lf.costLines().isEmpty() ? "Planned activities" : "Planned activities and cost lines",
                        Double.isNaN(share) ? "" : Quantities.percent(share) + " of the budget"),
                card(o.horizon() + " months", "Duration", Dates.month(o.start()) + " – " + Dates.month(o.end())),
                card(Integer.toString(lf.work().size()), "Interventions", lf.outcomes().size() + " outcomes"),
                card(Integer.toString(lf.indicators().size()), "Indicators", levels(lf)),
                card(Integer.toString(lf.milestones().size()), "Milestones", ""),
                card(Integer.toString(lf.actors().size()), "Actors", lf.networks().size() + " networks"));
        if (o.beneficiaryContribution() > 0) {
            cards.add(card(Quantities.money(o.beneficiaryContribution(), o.currency()), "Paid by beneficiaries", "cost sharing"));
        }
        section.add(cards);

        Html.Node left = el("div");
        for (Logframe.ClusterEntry c : o.clusters()) {
            left.add(el("h3", "Cluster " + c.title() + (c.replicas() > 1 ? " (× " + c.replicas() + " replicas)" : "")));
            if (!c.narrative().isEmpty()) left.add(el("p", c.narrative(), "class", "small"));
            Html.Node body = el("tbody");
            for (Logframe.Fact f : c.facts()) body.add(el("tr").add(el("th", f.label()), el("td", f.value())));
            left.add(el("table", "class", "facts").add(body));
        }
        if (!o.priorities().isEmpty()) {
            left.add(el("h3", "Priorities"));
            Html.Node chips = el("p", "class", "chips");
            for (String p : o.priorities()) chips.add(el("span", p));
            left.add(chips);
        }
        Html.Node right = el("div");
        right.add(el("h3", "Forecast"));
        if (lf.simulation().isEmpty()) {
            right.add(el("p", "The programme was not simulated: the figures in this report are as planned.", "class", "small"));
        } else {
            Logframe.SimulationInfo s = lf.simulation().get();
            right.add(el("p", "From " + Quantities.number(s.runs()) + " simulated runs (seed " + s.seed() + ")"
                    + overrides(s) + ". A rating reads: ≥ 80% likely, 50–80% at risk, below 50% unlikely.", "class", "small"));
            for (String caveat : UncertaintyCaveat.of(programme, lf)) right.add(el("p", caveat, "class", "small caveat"));
            Html.Node list = el("table");
            Html.Node body = el("tbody");
            for (Logframe.MilestoneEntry m : lf.milestones()) {
                if (m.forecast() == null) continue;
                body.add(el("tr").add(el("td", "Milestone: " + m.title()), el("td", "class", "num")
                        .add(LogframeTables.badge(m.forecast().probabilityOnTime(), Quantities.percent(m.forecast().probabilityOnTime()) + " on time"))));
            }
            for (IndicatorEntry i : lf.indicators()) {
                if (i.probabilityTargetMet() == null) continue;
                body.add(el("tr").add(el("td", "Target: " + i.title() + " " + Quantities.of(i.target().value(), i.unit())),
                        el("td", "class", "num").add(LogframeTables.badge(i.probabilityTargetMet(),
                                Quantities.percent(i.probabilityTargetMet()) + " met"))));
            }
            right.add(list.add(body));
        }

        section.add(el("div", "class", "columns").add(left, right));
        Html.Node spend = el("div").add(el("h3", "Cumulative spend"), el("figure").add(SpendChart.of(lf), el("figcaption",
                lf.simulation().isPresent() ? "Dashed: planned. Line and band: simulated p50 and p10 – p90."
                        : "Planned spend: each activity's cost spread over its planned months.")));
        Html.Node split = el("div").add(el("h3", "Planned cost by outcome"), el("figure").add(CostByOutcomeChart.of(lf, palette),
                el("figcaption", "Cost of each outcome's activities; the share is of the planned cost of all activities.")));
        section.add(el("div", "class", "columns").add(spend, split));
        fundingByYear(section, lf);
        return section;
    }

    /** Who pays what by programme year, when the programme declares its funders. */
    private static void fundingByYear(Html.Node section, Logframe lf) {
        List<dev.marshall.emit.logframe.FundingByYear.Row> funding = dev.marshall.emit.logframe.FundingByYear.of(lf);
        if (funding.isEmpty()) return;
        String currency = lf.overview().currency();
        Html.Node head = el("tr").add(el("th", "Paid by"));
        for (var y : dev.marshall.emit.logframe.ProgrammeYears.of(lf.overview())) head.add(el("th", "Year " + y.index(), "class", "num"));
        head.add(el("th", "Total", "class", "num"), el("th", "Committed", "class", "num"));
        Html.Node body = el("tbody");
        for (var r : funding) {
            Html.Node row = el("tr").add(el("td", r.who()));
            for (double v : r.byYear()) row.add(el("td", Quantities.money(v, currency), "class", "num"));
            body.add(row.add(el("td", Quantities.money(r.total(), currency), "class", "num"),
                    el("td", r.commits() == null ? "—" : Quantities.money(r.commits(), currency), "class", "num")));
        }
        section.add(el("h3", "Funding by year"), el("table").add(el("thead").add(head), body));
    }

    private static String overrides(Logframe.SimulationInfo s) {
        if (s.overrides().isEmpty()) return "";
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, Double> e : new TreeMap<>(s.overrides()).entrySet()) set.add(e.getKey() + " = " + Quantities.number(e.getValue()));
        return ", with " + String.join(", ", set);
    }

    private static String levels(Logframe lf) {
        int impact = 0;
        int outcome = 0;
        int output = 0;
        for (IndicatorEntry i : lf.indicators()) {
            switch (i.level()) {
                case "impact" -> impact++;
                case "outcome" -> outcome++;
                default -> output++;
            }
        }
        return impact + " impact · " + outcome + " outcome · " + output + " output";
    }

    private static Html.Node card(String figure, String label, String note) {
        Html.Node card = el("div", "class", "card").add(el("div", label, "class", "label"), el("div", figure, "class", "figure"));
        if (!note.isEmpty()) card.add(el("div", note, "class", "note"));
        return card;
    }

    private static Html.Node indicators(Logframe lf) {
        Html.Node section = section(3, lf.simulation().isPresent()
                ? "Each indicator from its baseline to its target: the band holds 8 simulated runs in 10 (p10 – p90), the line is the median."
                : "Each indicator's baseline and target, joined by the straight path between them (the programme was not simulated).");
        if (lf.indicators().isEmpty()) return section.add(el("p", "The programme declares no indicator."));
        Html.Node grid = el("div", "class", "trajectories");
        for (IndicatorEntry i : lf.indicators()) {
            Html.Node card = el("div", "class", "trajectory", "id", "indicator-" + i.name());
            card.add(el("h3").text(i.title() + " ").add(el("code", i.name())));
            card.add(el("p", i.levelLabel() + " · " + LogframeTables.details(i) + (i.source().isEmpty() ? "" : " · " + i.source()),
                    "class", "small"));
            if (!i.definition().isEmpty()) card.add(el("p", i.definition(), "class", "small"));
            for (String[] field : new String[][] {{"Collection method", i.method()}, {"Rationale", i.rationale()},
                    {"Known data limits", i.limitations()}}) {
                if (!field[1].isEmpty()) card.add(el("p", "class", "small").add(el("strong", field[0] + ": ")).text(field[1]));
            }
            card.add(TrajectoryChart.of(i, lf.overview()));
            Html.Node caption = el("p", "class", "small").text("Baseline " + Wording.baseline(i) + " · target " + Wording.target(i));
            if (!Wording.simulatedAtTarget(i).isEmpty()) caption.text(" · forecast " + Wording.simulatedAtTarget(i));
            if (i.probabilityTargetMet() != null) {
                caption.text(" ").add(LogframeTables.badge(i.probabilityTargetMet(), Quantities.percent(i.probabilityTargetMet()) + " chance of target"));
            }
            card.add(caption);
            grid.add(card);
        }
        return section.add(grid);
    }

    private static Html.Node actorTable(Logframe lf) {
        Html.Node body = el("tbody");
        for (Logframe.ActorEntry a : lf.actors()) {
            Html.Node who = el("td").add(el("span", "class", "swatch " + Palette.actorFamily(a.kind()))).add(el("strong", a.title()));
            if (!a.title().equals(a.name())) who.text(" ").add(el("code", a.name()));
            if (!a.narrative().isEmpty()) who.add(el("br")).add(el("span", a.narrative(), "class", "small"));
            List<String> facts = new ArrayList<>();
            for (Logframe.Fact f : a.facts()) facts.add(f.label() + ": " + f.value());
            body.add(el("tr").add(who, el("td", a.kindLabel() + (facts.isEmpty() ? "" : " (" + String.join("; ", facts) + ")")),
                    el("td", lf.namesOf(a.leads())), el("td", lf.namesOf(a.partnerIn())),
                    el("td", lf.namesOf(a.targetedBy())), el("td", lf.namesOf(a.responsibleFor()))));
        }
        Html.Node head = el("tr").add(el("th", "Actor"), el("th", "Kind"), el("th", "Leads"), el("th", "Partner in"),
                el("th", "Targeted by"), el("th", "Reports"));
        Html.Node table = el("table").add(el("thead").add(head), body);
        if (lf.networks().isEmpty()) return table;
        Html.Node nets = el("tbody");
        for (Logframe.NetworkEntry n : lf.networks()) {
            String what = n.horizontal()
                    ? "horizontal: " + String.join(", ", n.members().stream().map(lf::actorTitle).toList()) + (n.size().isEmpty() ? "" : "; " + n.size())
                    : "vertical: " + lf.actorTitle(n.from()) + " → " + lf.actorTitle(n.to()) + (n.linkage().isEmpty() ? "" : " (" + n.linkage().toLowerCase(java.util.Locale.ROOT) + ")")
                            + (n.size().isEmpty() ? "" : "; " + n.size());
            // What the programme does with it (networks formed or strengthened by interventions), after its description.
            String about = n.work().isEmpty() ? n.narrative()
                    : (n.narrative().isEmpty() ? "" : n.narrative() + " ") + capitalised(n.work()) + (n.formedBy().isEmpty() ? "." : ", " + n.uptake() + " of the firms still to join joining each month it is formed.");
            nets.add(el("tr").add(el("td").add(el("strong", n.title())), el("td", what), el("td", about)));
        }
        return el("div").add(table, el("table").add(el("thead").add(el("tr").add(el("th", "Network"), el("th", "Shape and members"),
                el("th", "About"))), nets));
    }

    private static Html.Node calendar(Logframe lf) {
        ReportingCalendar calendar = ReportingCalendar.of(lf);
        Html.Node section = section(6, "What is due when: indicator reports at the end of each of their periods, and milestones by their due month.");
        if (calendar.periods().isEmpty()) return section.add(el("p", "Nothing falls due: no indicator has a reporting period and no milestone is declared."));
        Html.Node body = el("tbody");
        for (ReportingCalendar.CalendarPeriod p : calendar.periods()) {
            Html.Node reports = el("td");
            boolean first = true;
            for (ReportingCalendar.IndicatorDue due : p.indicators()) {
                if (!first) reports.text(" · ");
                reports.text(due.indicator().title());
                if (due.period().holdsTarget() && due.indicator().target() != null) {
                    reports.text(" ").add(el("strong", "(target " + Quantities.of(due.indicator().target().value(), due.indicator().unit()) + ")"));
                }
                first = false;
            }
            Html.Node milestones = el("td");
            first = true;
            for (Logframe.MilestoneEntry m : p.milestones()) {
                if (!first) milestones.add(el("br"));
                milestones.text(m.title() + " (month " + m.due() + ") ");
                if (m.forecast() != null) {
                    milestones.add(LogframeTables.badge(m.forecast().probabilityOnTime(),
                            Quantities.percent(m.forecast().probabilityOnTime()) + " on time"));
                }
                first = false;
            }
            body.add(el("tr").add(el("td", Integer.toString(p.index())), el("td", Dates.day(p.start()) + " – " + Dates.day(p.end()), "class", "nowrap"),
                    reports, milestones));
        }
        return section.add(el("table").add(el("thead").add(el("tr").add(el("th", "Period"), el("th", "Dates"),
                el("th", "Indicator reports due"), el("th", "Milestones due"))), body));
    }

    private static Html.Node findings(Framework framework) {
        List<Diagnostic> diagnostics = framework.diagnostics();
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) errors++;
            else if (d.severity() == Severity.WARNING) warnings++;
        }
        Html.Node section = section(7, "What marshall check found: the language's rules and the approach checks of std.unido.");
        if (diagnostics.isEmpty()) {
            return section.add(el("p", "No findings: the programme passes every check.", "class", "ok"), setAside(framework));
        }
        section.add(el("p", count(errors, "error") + ", " + count(warnings, "warning")
                + (diagnostics.size() - errors - warnings > 0 ? ", " + count(diagnostics.size() - errors - warnings, "note") : "") + "."));
        Html.Node list = el("ul", "class", "findings");
        for (Diagnostic d : diagnostics) {
            String severity = d.severity().label();
            Html.Node item = el("li", "class", severity).add(el("span", severity + " " + d.code(), "class", "badge " + severity))
                    .text(" " + d.message());
            if (d.span() != null) {
                item.add(el("div", d.span().file().displayPath() + ":" + d.span().line() + ":" + d.span().column(), "class", "where"));
                String line = d.span().file().lineText(d.span().line());
                if (!line.isBlank()) item.add(el("pre", line.strip()));
            }
            if (!d.hint().isEmpty()) item.add(el("div", "hint: " + d.hint(), "class", "small"));
            for (Related r : d.related()) {
                if (r.span() == null) continue;
                item.add(el("div", r.label() + ": " + r.span().file().displayPath() + ":" + r.span().line() + ":" + r.span().column(),
                        "class", "where"));
            }
            list.add(item);
        }
        return section.add(list, setAside(framework));
    }

    /** The approach checks the programme silences with {@code allow}, and the reasons it gives: a reviewer weighs them. */
    private static Html.Node setAside(Framework framework) {
        Html.Node list = el("ul", "class", "findings");
        for (dev.marshall.model.Allow a : framework.programme().allows()) {
            if (!framework.programme().isOwnSource(a.span()) || a.reason() == null) continue;
            list.add(el("li", "class", "note").add(el("strong", "allow " + a.code()))
                    .text(" " + Messages.title(a.code()) + ": " + a.reason())
                    .add(el("div", a.span().file().displayPath() + ":" + a.span().line() + ":" + a.span().column(), "class", "where")));
        }
        return list.isEmpty() ? null : el("div").add(el("h3", "Approach checks set aside"), list);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static Html.Node colophon(Logframe lf) {
        List<String> files = new ArrayList<>();
        for (Format f : Format.values()) if (!f.binary()) files.add(f.fileName());
        String simulation = lf.simulation().map(s -> " Simulated with " + Quantities.number(s.runs()) + " runs, seed " + s.seed()
                + ": the same programme and seed give the same figures.").orElse("");
        Html.Node workbook = el("p", "The logframe, indicators, workplan and budget as one spreadsheet for donors: ")
                .add(el("a", Format.XLSX.fileName(), "href", Format.XLSX.fileName())).text(".");
        return el("footer", "class", "colophon").add(workbook).add(el("p", "Generated by Marshall from the programme's source." + simulation
                + " Written beside this page: " + String.join(", ", files) + "."));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
