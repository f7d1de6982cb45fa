package dev.marshall.emit.html;

import static dev.marshall.emit.html.Svg.n;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.text.Quantities;
import java.util.List;

/**
 * Cumulative spend over the programme's months: the plan (each activity's
 * cost spread over its planned months) and, when simulated, the p10–p90
 * band and p50 of what the simulated schedules spend.
 */
final class SpendChart {
    private static final double WIDTH = 520;
    private static final double HEIGHT = 220;
    private static final double LEFT = 64;
    private static final double RIGHT = 504;
    private static final double TOP = 14;
    private static final double BOTTOM = 186;

    private SpendChart() {}

    static Html.Node of(Logframe lf) {
        Logframe.Overview o = lf.overview();
        int horizon = Math.max(1, o.horizon());
        List<Logframe.SpendPoint> simulated = lf.simulation().map(Logframe.SimulationInfo::spend).orElse(List.of());
        double hi = o.plannedCost();
        for (Logframe.SpendPoint p : simulated) hi = Math.max(hi, p.p90());
        if (hi <= 0) hi = 1;
        List<Double> ticks = Svg.ticks(0, hi * 1.05, 4);
        double top = Math.max(hi * 1.05, ticks.get(ticks.size() - 1));
        Html.Node svg = Svg.svg(WIDTH, HEIGHT, "Cumulative spend");
        for (double t : ticks) {
            svg.add(Svg.line(LEFT, y(t, top), RIGHT, y(t, top), "grid"));
            svg.add(Svg.text(LEFT - 6, y(t, top) + 4, Quantities.compact(t), "class", "muted end"));
        }
        for (int m = 0; m <= horizon; m += horizon > 24 ? 12 : 6) {
            svg.add(Svg.text(x(m, horizon), BOTTOM + 17, TrajectoryChart.axisMonth(o, m), "class", m == horizon ? "muted end" : "muted middle"));
        }
        svg.add(Svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis"));
        if (!simulated.isEmpty()) {
            StringBuilder band = new StringBuilder("M").append(n(x(0, horizon))).append(' ').append(n(y(0, top)));
            StringBuilder median = new StringBuilder("M").append(n(x(0, horizon))).append(' ').append(n(y(0, top)));
            for (Logframe.SpendPoint p : simulated) {
                band.append('L').append(n(x(p.month(), horizon))).append(' ').append(n(y(p.p90(), top)));
                median.append('L').append(n(x(p.month(), horizon))).append(' ').append(n(y(p.p50(), top)));
            }
            for (int k = simulated.size() - 1; k >= 0; k--) {
                band.append('L').append(n(x(simulated.get(k).month(), horizon))).append(' ').append(n(y(simulated.get(k).p10(), top)));
            }
            svg.add(Html.el("path", "d", band.append('Z').toString(), "class", "band").add(Svg.tooltip("Simulated spend, p10 – p90")));
            svg.add(Html.el("path", "d", median.toString(), "class", "p50").add(Svg.tooltip("Simulated spend, p50")));
        }
        StringBuilder plan = new StringBuilder("M").append(n(x(0, horizon))).append(' ').append(n(y(0, top)));
        List<Double> planned = o.plannedSpend();
        for (int m = 1; m <= planned.size(); m++) {
            plan.append('L').append(n(x(m, horizon))).append(' ').append(n(y(planned.get(m - 1), top)));
        }
        svg.add(Html.el("path", "d", plan.toString(), "class", "plan-line").add(Svg.tooltip("Planned spend")));
        return svg;
    }

    private static double x(double month, int horizon) { return LEFT + month / horizon * (RIGHT - LEFT); }

    private static double y(double value, double top) { return BOTTOM - value / top * (BOTTOM - TOP); }
}
