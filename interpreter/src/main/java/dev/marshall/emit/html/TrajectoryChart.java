package dev.marshall.emit.html;

import static dev.marshall.emit.html.Svg.n;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator over the programme's months: the simulated p10–p90 band and
 * p50 line at the end of each reporting period, the baseline (a dashed line
 * from the start) and the target (a ring at its month; a smaller ring for each earlier target per year or
 * period). Without simulation,
 * the straight path from baseline to target is drawn dashed.
 */
final class TrajectoryChart {
    private static final double WIDTH = 500;
    private static final double HEIGHT = 230;
    private static final double LEFT = 62;
    private static final double RIGHT = 484;
    private static final double TOP = 14;
    private static final double BOTTOM = 196;

    private TrajectoryChart() {}

    static Html.Node of(IndicatorEntry i, Logframe.Overview overview) {
        int horizon = Math.max(1, overview.horizon());
        List<double[]> points = new ArrayList<>();
        for (Logframe.Period p : i.periods()) {
            if (p.simulated() != null) points.add(new double[] {p.endMonth(), p.simulated().p10(), p.simulated().p50(), p.simulated().p90()});
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Double> values = new ArrayList<>();
        if (i.baseline() != null) values.add(i.baseline());
        if (i.target() != null) values.add(i.target().value());
        for (Logframe.TargetEntry t : i.targets()) if (t.group() == null) values.add(t.value());
        for (double[] p : points) {
            values.add(p[1]);
            values.add(p[3]);
        }
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (values.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-12) {
            double pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double pad = (hi - lo) * 0.08;
        lo -= pad;
        hi += pad;
        if (lo < 0 && values.stream().allMatch(v -> v >= 0)) lo = 0;
        List<Double> ticks = Svg.ticks(lo, hi, 4);
        lo = Math.min(lo, ticks.get(0));
        hi = Math.max(hi, ticks.get(ticks.size() - 1));
        Scale s = new Scale(horizon, lo, hi);

        Html.Node svg = Svg.svg(WIDTH, HEIGHT, "Trajectory of " + i.title());
        Html.Node axes = Html.el("g", "class", "axes");
        for (double t : ticks) {
            axes.add(Svg.line(LEFT, s.y(t), RIGHT, s.y(t), "grid"));
            axes.add(Svg.text(LEFT - 6, s.y(t) + 4, tick(t, i), "class", "muted end"));
        }
        for (int m = 0; m <= horizon; m += horizon > 24 ? 12 : 6) {
            axes.add(Svg.line(s.x(m), BOTTOM, s.x(m), BOTTOM + 4, "axis"));
            axes.add(Svg.text(s.x(m), BOTTOM + 17, axisMonth(overview, m), "class", m == horizon ? "muted end" : "muted middle"));
        }
        axes.add(Svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis"));
        svg.add(axes);

        if (!points.isEmpty()) {
            StringBuilder band = new StringBuilder();
            StringBuilder median = new StringBuilder();
            double firstMonth = 0;
            double firstValue = i.baseline() != null ? i.baseline() : points.get(0)[2];
            band.append('M').append(n(s.x(firstMonth))).append(' ').append(n(s.y(firstValue)));
            median.append('M').append(n(s.x(firstMonth))).append(' ').append(n(s.y(firstValue)));
            for (double[] p : points) {
                band.append('L').append(n(s.x(p[0]))).append(' ').append(n(s.y(p[3])));
                median.append('L').append(n(s.x(p[0]))).append(' ').append(n(s.y(p[2])));
            }
            for (int k = points.size() - 1; k >= 0; k--) {
                band.append('L').append(n(s.x(points.get(k)[0]))).append(' ').append(n(s.y(points.get(k)[1])));
            }
            band.append('Z');
            svg.add(Html.el("path", "d", band.toString(), "class", "band").add(Svg.tooltip("Simulated p10 – p90")));
            svg.add(Html.el("path", "d", median.toString(), "class", "p50"));
            for (double[] p : points) {
                svg.add(Html.el("circle", "cx", n(s.x(p[0])), "cy", n(s.y(p[2])), "r", "2.5", "class", "dot")
                        .add(Svg.tooltip("Month " + (int) p[0] + ": p50 " + Quantities.approxOf(p[2], i.unit()) + " (p10 "
                                + Quantities.approxOf(p[1], i.unit()) + ", p90 " + Quantities.approxOf(p[3], i.unit()) + ")")));
            }
        } else if (i.baseline() != null && i.target() != null) {
            svg.add(Html.el("path", "d", "M" + n(s.x(0)) + " " + n(s.y(i.baseline())) + "L" + n(s.x(i.target().month())) + " "
                    + n(s.y(i.target().value())), "class", "plan-line").add(Svg.tooltip("Straight path from baseline to target")));
        }
        if (i.baseline() != null) {
            svg.add(Svg.line(s.x(0), s.y(i.baseline()), RIGHT, s.y(i.baseline()), "baseline"));
            svg.add(Html.el("circle", "cx", n(s.x(0)), "cy", n(s.y(i.baseline())), "r", "4.5", "class", "baseline-dot")
                    .add(Svg.tooltip("Baseline " + Quantities.of(i.baseline(), i.unit()))));
            svg.add(Svg.text(RIGHT - 2, s.y(i.baseline()) - 4, "baseline", "class", "muted end"));
        }
        // Earlier targets (per year or period): smaller rings, each with its chance when simulated.
        for (Logframe.TargetEntry t : i.targets()) {
            if (t.group() != null || (i.target() != null && t.month() == i.target().month())) continue;
            svg.add(Html.el("circle", "cx", n(s.x(t.month())), "cy", n(s.y(t.value())), "r", "4.5", "class", "target")
                    .add(Svg.tooltip("Target " + Quantities.of(t.value(), i.unit()) + " by month " + t.month()
                            + (t.probabilityMet() == null ? "" : " (" + Quantities.percent(t.probabilityMet()) + " chance)"))));
        }
        if (i.target() != null) {
            double tx = s.x(i.target().month());
            double ty = s.y(i.target().value());
            svg.add(Svg.line(LEFT, ty, RIGHT, ty, "target-line"));
            svg.add(Html.el("circle", "cx", n(tx), "cy", n(ty), "r", "6", "class", "target")
                    .add(Svg.tooltip("Target " + Quantities.of(i.target().value(), i.unit()) + " by month " + i.target().month())));
            // The label sits at the left end of the target line, on the side away from where the path starts.
            String label = "target " + Quantities.of(i.target().value(), i.unit()) + " by month " + i.target().month();
            boolean above = !Boolean.FALSE.equals(i.ascending());
            svg.add(Svg.text(LEFT + 6, above ? ty - 6 : ty + 15, label, "class", "target-label"));
        }
        return svg;
    }

    /** Month 0 is the start; month m (> 0) is the end of programme month m, labelled with its calendar month. */
    static String axisMonth(Logframe.Overview overview, int m) {
        return m == 0 ? "start " + Dates.month(overview.start()) : "end " + Dates.month(overview.start().plusMonths(m - 1L));
    }

    private static String tick(double value, IndicatorEntry i) {
        if (i.unit() != null && i.unit().percent()) return Quantities.approx(value * 100) + "%";
        return Quantities.compact(value);
    }

    private record Scale(int horizon, double lo, double hi) {
        double x(double month) { return LEFT + month / horizon * (RIGHT - LEFT); }
        double y(double value) { return BOTTOM - (value - lo) / (hi - lo) * (BOTTOM - TOP); }
    }
}
