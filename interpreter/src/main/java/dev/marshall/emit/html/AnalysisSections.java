package dev.marshall.emit.html;

import static dev.marshall.emit.html.Html.el;

import dev.marshall.emit.text.Quantities;
import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Reforecast;
import dev.marshall.monitor.Reforecast.IndicatorUpdate;
import dev.marshall.monitor.Reforecast.MilestoneUpdate;
import dev.marshall.sensitivity.SensitivityResult;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's optional sections, shown when {@code report} is given actuals
 * ({@code --actuals}: "Monitoring") or asked for sensitivity
 * ({@code --sensitivity}: "What drives the results"). They follow the fixed
 * sections, each with a stable id.
 */
public final class AnalysisSections {
    public static final String[] MONITORING = {"monitoring", "Monitoring: the forecast given the actuals"};
    public static final String[] SENSITIVITY = {"sensitivity", "What drives the results"};
    /**
     * The sections' own styles, carried by the first of them: the page's
     * stylesheet (and so every report without them) stays as it is.
     */
    private static final String STYLE = String.join("\n",
            "svg .plan-band { fill: var(--muted); fill-opacity: .12; }",
            "svg .plan-p50 { stroke: var(--muted); stroke-dasharray: 4 3; stroke-width: 1.5; }",
            "svg .actual { fill: var(--ink); stroke: #fff; stroke-width: 1.5; }",
            "svg .as-of { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 2 2; }",
            "svg .tornado-up { fill: var(--accent); fill-opacity: .75; }",
            "svg .tornado-down { fill: var(--unlikely); fill-opacity: .75; }",
            "svg .tornado-plan { stroke: var(--ink); stroke-width: 1.5; }",
            "td.status-on_track { color: #1b7f3b; font-weight: 600; }",
            "td.status-at_risk { color: #b36b00; font-weight: 600; }",
            "td.status-off_track { color: var(--unlikely); font-weight: 600; }");
    /** Bars per tornado: the params with the largest swings. */
    private static final int MAX_BARS = 12;

    private final Reforecast monitoring;
    private final SensitivityResult sensitivity;

    /** Either may be null (its section is left out). */
    public AnalysisSections(Reforecast monitoring, SensitivityResult sensitivity) {
        this.monitoring = monitoring;
        this.sensitivity = sensitivity;
    }

    /** The table-of-contents entries of the sections present. */
    List<String[]> toc() {
        List<String[]> entries = new ArrayList<>();
        if (monitoring != null) entries.add(MONITORING);
        if (sensitivity != null) entries.add(SENSITIVITY);
        return entries;
    }

    List<Html.Node> sections(Programme programme) {
        List<Html.Node> sections = new ArrayList<>();
        if (monitoring != null) sections.add(monitoring(programme));
        if (sensitivity != null) sections.add(sensitivity(programme));
        if (!sections.isEmpty()) sections.get(0).add(el("style", STYLE));
        return sections;
    }

    private Html.Node monitoring(Programme programme) {
        Reforecast r = monitoring;
        Html.Node section = el("section", "id", MONITORING[0], "class", "part").add(el("h2", MONITORING[1]),
                el("p", "What happened up to " + programme.calendarMonth(r.asOf()) + " (" + r.actuals().size() + " observations), and what it "
                        + "means for the rest of the programme: the plan's " + r.runs() + " runs weighted by how well each agrees with the "
                        + "actuals (worth about " + Math.round(r.effectiveRuns()) + " runs). On track from 70%, at risk from 40%.", "class", "lede"));
        Html.Node milestones = el("tbody");
        for (MilestoneUpdate m : r.milestones()) {
            milestones.add(el("tr").add(el("td", programme.displayName(m.name())), el("td", "month " + m.due(), "class", "num"),
                    el("td", Quantities.percent(m.planOnTime()), "class", "num"), el("td", Quantities.percent(m.updatedOnTime()), "class", "num"),
                    el("td", month(m.p10()) + "–" + month(m.p50()) + "–" + month(m.p90()), "class", "num"),
                    el("td", m.status().word().text(), "class", "status-" + m.status().word().name().toLowerCase(java.util.Locale.ROOT)),
                    el("td", m.status().rule(), "class", "small")));
        }
        if (!r.milestones().isEmpty()) {
            section.add(el("h3", "Milestones"), el("table").add(el("thead").add(el("tr").add(el("th", "Milestone"), el("th", "Due"),
                    el("th", "Plan P(on time)"), el("th", "Updated"), el("th", "p10–p50–p90 month"), el("th", "Status"), el("th", "Rule"))), milestones));
        }
        Html.Node grid = el("div", "class", "trajectories");
        Html.Node indicators = el("tbody");
        for (IndicatorUpdate i : r.indicators()) {
            Indicator d = programme.indicator(i.name()).orElseThrow();
            indicators.add(el("tr").add(el("td", programme.displayName(i.name())), el("td", Quantities.percent(i.planTargetMet()), "class", "num"),
                    el("td", Quantities.percent(i.updatedTargetMet()), "class", "num"),
                    el("td", Double.isNaN(i.p50()) ? "–" : Quantities.approxOf(i.p10(), d.unit()) + " – " + Quantities.approxOf(i.p90(), d.unit()), "class", "num"),
                    el("td", i.status().word().text(), "class", "status-" + i.status().word().name().toLowerCase(java.util.Locale.ROOT)),
                    el("td", i.status().rule(), "class", "small")));
            if (!i.plan().isEmpty()) {
                grid.add(el("div", "class", "trajectory").add(el("h3", programme.displayName(i.name())), ActualsChart.of(i, d, r, programme),
                        el("p", "Observed values (dots) over the planned p10–p90 (grey) and the updated one", "class", "small")));
            }
        }
        if (!r.indicators().isEmpty()) {
            section.add(el("h3", "Indicators"), el("table").add(el("thead").add(el("tr").add(el("th", "Indicator"),
                    el("th", "Plan P(target met)"), el("th", "Updated"), el("th", "p10 – p90 at target"), el("th", "Status"), el("th", "Rule"))), indicators));
            section.add(grid);
        }
        return section;
    }

    private Html.Node sensitivity(Programme programme) {
        SensitivityResult s = sensitivity;
        Html.Node section = el("section", "id", SENSITIVITY[0], "class", "part").add(el("h2", SENSITIVITY[1]),
                el("p", "Which assumption to monitor first: each param fixed at its p10 and at its p90 (a constant at −10% and +10%), "
                        + "every other random number the same; the bar runs from one probability to the other, the line is the plan's. "
                        + s.runs() + " runs per simulation.", "class", "lede"));
        if (s.params().isEmpty()) return section.add(el("p", "The programme has no param to vary."));
        Html.Node grid = el("div", "class", "trajectories");
        for (Outcome o : s.outcomes()) {
            String what = o.kind() == SensitivityResult.Kind.MILESTONE ? "P(on time) of milestone " : "P(target met) of indicator ";
            grid.add(el("div", "class", "trajectory").add(el("h3", what + programme.displayName(o.name())), TornadoChart.of(o, MAX_BARS), el("p", Quantities.percent(o.plan()) + " in the plan", "class", "small")));
        }
        return section.add(grid);
    }

    private static String month(Double m) {
        return m == null ? "never" : Long.toString(Math.round(m));
    }
}
