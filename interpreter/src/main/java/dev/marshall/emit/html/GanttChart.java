package dev.marshall.emit.html;

import static dev.marshall.emit.html.Svg.n;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Quantities;
import java.time.YearMonth;

/**
 * The schedule as a Gantt chart: interventions grouped by outcome, each with
 * its planned bar and, when simulated, the p10–p90 spread of its start and
 * end (a light band) with p50 ticks; then the milestones as diamonds at their
 * due month, coloured by the chance of reaching them on time, with a whisker
 * over the months they are reached (p10–p90).
 */
final class GanttChart {
    private static final double WIDTH = 1060;
    private static final double LEFT = 250;
    private static final double RIGHT = 1040;
    private static final double TOP = 44;
    private static final double ROW = 34;
    private static final double GROUP = 28;

    private GanttChart() {}

    static Html.Node of(Logframe lf, Palette palette) {
        int horizon = Math.max(1, lf.overview().horizon());
        int rows = lf.work().size() + lf.milestones().size();
        int groups = (int) lf.outcomes().stream().filter(o -> !o.outputs().isEmpty()).count() + (lf.milestones().isEmpty() ? 0 : 1);
        double height = TOP + rows * ROW + groups * GROUP + 16;
        Html.Node svg = Svg.svg(WIDTH, height, "Gantt chart of interventions and milestones");
        Scale x = new Scale(horizon);

        Html.Node grid = Html.el("g", "class", "time-axis");
        YearMonth start = lf.overview().start();
        for (int m = 1; m <= horizon + 1; m++) {
            YearMonth month = start.plusMonths(m - 1L);
            boolean yearStart = month.getMonthValue() == 1 || m == 1;
            if (m <= horizon && (month.getMonthValue() - 1) % 3 == 0) {
                grid.add(Svg.line(x.at(m), TOP - 6, x.at(m), height - 10, yearStart ? "grid-year" : "grid"));
                grid.add(Svg.text(x.at(m) + 3, TOP - 8, quarterLabel(month), "class", "muted"));
            }
            if (m <= horizon && yearStart) grid.add(Svg.text(x.at(m) + 3, TOP - 24, Integer.toString(month.getYear()), "class", "title"));
        }
        grid.add(Svg.line(x.at(horizon + 1), TOP - 6, x.at(horizon + 1), height - 10, "grid-year"));
        svg.add(grid);

        double y = TOP;
        for (Logframe.Outcome o : lf.outcomes()) {
            if (o.outputs().isEmpty()) continue;
            svg.add(Svg.text(8, y + 19, "Outcome " + o.ref() + ": " + o.title(), "class", "group"));
            y += GROUP;
            for (Logframe.Output output : o.outputs()) for (Logframe.Work out : output.work()) {
                svg.add(intervention(out, palette.outcome(o), x, y));
                y += ROW;
            }
        }
        if (!lf.milestones().isEmpty()) {
            svg.add(Svg.text(8, y + 19, "Milestones", "class", "group"));
            y += GROUP;
            for (Logframe.MilestoneEntry m : lf.milestones()) {
                svg.add(milestone(m, x, y));
                y += ROW;
            }
        }
        return svg;
    }

    private static Html.Node intervention(Logframe.Work out, String colour, Scale x, double y) {
        Logframe.Activity a = out.activity();
        Html.Node g = Html.el("g", "class", "intervention");
        g.add(Svg.tooltip(out.title() + " (" + out.intervention() + "): planned " + Wording.planned(a)
                + (a.simulated() == null ? "" : "; simulated " + Wording.simulated(a))));
        g.add(Svg.text(8, y + 14, out.title(), "class", "title"));
        g.add(Svg.text(8, y + 28, (a.lead() == null ? "" : "lead " + a.lead().title() + " · ")
                + (a.exit() == null ? "" : "then " + a.exit().to().title() + " · ")
                + Quantities.compact(a.cost()) + (a.risk().equals("high") ? " · high risk" : ""), "class", "muted"));
        double mid = y + 16;
        Logframe.SimulatedTiming s = a.simulated();
        if (s != null && s.startP10() != null) {
            double from = x.at(s.startP10());
            double to = x.at((s.endP90() == null ? x.horizon : s.endP90()) + 1);
            g.add(Svg.rect(from, mid - 10, to - from, 20, "spread " + colour));
        }
        if (a.planned().startMonth() != null) {
            double from = x.at(a.planned().startMonth());
            double to = x.at(a.planned().endMonth() + 1.0);
            g.add(Html.el("rect", "x", n(from), "y", n(mid - 5), "width", n(Math.max(2, to - from)), "height", "10", "rx", "3",
                    "class", "planned " + colour));
        }
        if (a.exit() != null && a.exit().month() != null) {
            // The handover: a tick where the lead passes, named in its tooltip.
            double at = x.at(a.exit().month());
            g.add(Html.el("line", "x1", n(at), "y1", n(mid - 12), "x2", n(at), "y2", n(mid + 12), "class", "median handover", "stroke-dasharray", "3 2")
                    .add(Svg.tooltip(a.exit().describe())));
        }
        if (s != null && s.startP50() != null) {
            g.add(Svg.line(x.at(s.startP50()), mid - 9, x.at(s.startP50()), mid + 9, "median"));
            if (s.endP50() != null) g.add(Svg.line(x.at(s.endP50() + 1), mid - 9, x.at(s.endP50() + 1), mid + 9, "median"));
        }
        return g;
    }

    private static Html.Node milestone(Logframe.MilestoneEntry m, Scale x, double y) {
        Logframe.MilestoneForecast f = m.forecast();
        Double onTime = f == null ? null : f.probabilityOnTime();
        Wording.Rating rating = Wording.rating(onTime);
        Html.Node g = Html.el("g", "class", "milestone-row");
        g.add(Svg.tooltip(m.title() + ": due " + Dates.month(m.dueMonth())
                + (f == null ? "" : "; on time in " + Quantities.percent(f.probabilityOnTime()) + " of runs; reached " + Wording.reached(m))));
        g.add(Svg.text(8, y + 14, m.title(), "class", "title"));
        g.add(Svg.text(8, y + 28, "due " + Dates.month(m.dueMonth()) + " (month " + m.due() + ")", "class", "muted"));
        double mid = y + 16;
        double due = x.at(m.due() + 1.0);
        if (f != null && f.p10() != null) {
            double from = x.at(f.p10() + 1);
            double to = x.at((f.p90() == null ? x.horizon : f.p90()) + 1);
            g.add(Svg.line(from, mid, to, mid, "whisker"));
            g.add(Svg.line(from, mid - 4, from, mid + 4, "whisker"));
            if (f.p90() != null) g.add(Svg.line(to, mid - 4, to, mid + 4, "whisker"));
            if (f.p50() != null) g.add(Html.el("circle", "cx", n(x.at(f.p50() + 1)), "cy", n(mid), "r", "3", "class", "dot"));
        }
        g.add(Svg.diamond(due, mid, 8, "milestone " + rating.cssClass()));
        String label = f == null ? "due month " + m.due() : Quantities.percent(f.probabilityOnTime()) + " on time";
        double after = due + 12;
        if (f != null && f.p10() != null) after = Math.max(after, x.at((f.p90() == null ? x.horizon : f.p90()) + 1) + 8);
        boolean fits = after + 80 <= RIGHT;
        g.add(Svg.text(fits ? after : due - 12, mid + 4, label, "class", fits ? "muted" : "muted end"));
        return g;
    }

    /** Months to x: month m's column runs from at(m) to at(m + 1). */
    private record Scale(int horizon) {
        double at(double month) {
            return LEFT + (month - 1) / horizon * (RIGHT - LEFT);
        }
    }

    private static String quarterLabel(YearMonth month) {
        return "Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    static Html.Node legend(boolean simulated) {
        Html.Node p = Html.el("p", "class", "legend");
        p.add(Html.el("span", "class", "key").add(Html.el("span", "class", "swatch p0")).text("planned months"));
        if (simulated) {
            p.add(Html.el("span", "class", "key").text("▯ light band: simulated start p10 to end p90"));
            p.add(Html.el("span", "class", "key").text("| ticks: simulated p50 start and end"));
            p.add(Html.el("span", "class", "key").text("◆ milestone at its due month: "));
            p.add(Html.el("span", "class", "key").add(LogframeTables.badge(0.9, "≥ 80% on time"))
                    .text(" ").add(LogframeTables.badge(0.6, "50–80%")).text(" ").add(LogframeTables.badge(0.2, "< 50%")));
            p.add(Html.el("span", "class", "key").text("— whisker: months reached, p10 to p90; • p50"));
        } else {
            p.add(Html.el("span", "class", "key").text("◆ milestone at its due month (not simulated)"));
        }
        return p;
    }
}
