package dev.marshall.emit.html;

import dev.marshall.emit.text.Quantities;
import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Observation;
import dev.marshall.monitor.Reforecast;
import dev.marshall.monitor.Reforecast.Band;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator's actuals over its forecasts: the plan's p10–p90 band (light,
 * dashed median), the band updated with the actuals (the accent colour, solid
 * median), the observed values as dots, the as-of month as a vertical line
 * and the target as a ring.
 */
final class ActualsChart {
    private static final double WIDTH = 500;
    private static final double HEIGHT = 230;
    private static final double LEFT = 62;
    private static final double RIGHT = 484;
    private static final double TOP = 14;
    private static final double BOTTOM = 196;

    private ActualsChart() {}

    static Html.Node of(Reforecast.IndicatorUpdate update, Indicator indicator, Reforecast r, Programme programme) {
        int horizon = Math.max(1, r.horizon());
        List<Observation> seen = new ArrayList<>();
        for (Observation o : r.actuals()) {
            if (o.kind() == Observation.Kind.INDICATOR && o.name().equals(update.name()) && o.group().isEmpty()) seen.add(o);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Double> values = new ArrayList<>();
        if (indicator.baseline() != null) values.add(indicator.baseline());
        if (indicator.target() != null) values.add(indicator.target().value());
        for (Band b : update.plan()) { values.add(b.p10()); values.add(b.p90()); }
        for (Band b : update.updated()) { values.add(b.p10()); values.add(b.p90()); }
        for (Observation o : seen) values.add(o.value());
        for (double v : values) {
            if (Double.isNaN(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi >= lo)) { lo = 0; hi = 1; }
        if (hi - lo < 1e-12) { lo -= 1; hi += 1; }
        double pad = (hi - lo) * 0.08;
        lo -= pad;
        hi += pad;
        if (lo < 0 && values.stream().allMatch(v -> Double.isNaN(v) || v >= 0)) lo = 0;
        List<Double> ticks = Svg.ticks(lo, hi, 4);
        lo = Math.min(lo, ticks.get(0));
        hi = Math.max(hi, ticks.get(ticks.size() - 1));
        double fromLo = lo;
        double span = hi - lo;
        java.util.function.DoubleUnaryOperator x = m -> LEFT + m / horizon * (RIGHT - LEFT);
        java.util.function.DoubleUnaryOperator y = v -> BOTTOM - (v - fromLo) / span * (BOTTOM - TOP);

        Html.Node svg = Svg.svg(WIDTH, HEIGHT, "Actuals of " + update.name() + " over the planned and the updated forecast");
        Html.Node axes = Html.el("g", "class", "axes");
        for (double t : ticks) {
            axes.add(Svg.line(LEFT, y.applyAsDouble(t), RIGHT, y.applyAsDouble(t), "grid"));
            axes.add(Svg.text(LEFT - 6, y.applyAsDouble(t) + 4, indicator.unit().percent() ? Quantities.approx(t * 100) + "%" : Quantities.compact(t),
                    "class", "muted end"));
        }
        for (int m = 0; m <= horizon; m += horizon > 24 ? 12 : 6) {
            axes.add(Svg.line(x.applyAsDouble(m), BOTTOM, x.applyAsDouble(m), BOTTOM + 4, "axis"));
            axes.add(Svg.text(x.applyAsDouble(m), BOTTOM + 17, m == 0 ? "start" : "month " + m, "class", m == horizon ? "muted end" : "muted middle"));
        }
        axes.add(Svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis"));
        svg.add(axes);
        svg.add(band(update.plan(), x, y, "band plan-band", "Planned p10 – p90"));
        svg.add(median(update.plan(), x, y, "p50 plan-p50"));
        svg.add(band(update.updated(), x, y, "band", "Updated p10 – p90, given the actuals"));
        svg.add(median(update.updated(), x, y, "p50"));
        double asOf = x.applyAsDouble(r.asOf());
        svg.add(Svg.line(asOf, TOP, asOf, BOTTOM, "as-of"));
        svg.add(Svg.text(asOf + 4, TOP + 10, "as of " + programme.calendarMonth(r.asOf()), "class", "muted"));
        if (indicator.target() != null) {
            svg.add(Html.el("circle", "cx", Svg.n(x.applyAsDouble(indicator.target().byMonth())), "cy", Svg.n(y.applyAsDouble(indicator.target().value())),
                    "r", "6", "class", "target").add(Svg.tooltip("Target " + Quantities.of(indicator.target().value(), indicator.unit())
                    + " by month " + indicator.target().byMonth())));
        }
        for (Observation o : seen) {
            svg.add(Html.el("circle", "cx", Svg.n(x.applyAsDouble(o.month())), "cy", Svg.n(y.applyAsDouble(o.value())), "r", "4", "class", "actual")
                    .add(Svg.tooltip("Observed in " + programme.calendarMonth(o.month()) + ": " + Quantities.of(o.value(), indicator.unit()))));
        }
        return svg;
    }

    private static Html.Node band(List<Band> bands, java.util.function.DoubleUnaryOperator x, java.util.function.DoubleUnaryOperator y,
                                  String cssClass, String tooltip) {
        List<Band> shown = bands.stream().filter(b -> !Double.isNaN(b.p50())).toList();
        if (shown.isEmpty()) return null;
        StringBuilder d = new StringBuilder();
        for (int k = 0; k < shown.size(); k++) {
            d.append(k == 0 ? 'M' : 'L').append(Svg.n(x.applyAsDouble(shown.get(k).month()))).append(' ').append(Svg.n(y.applyAsDouble(shown.get(k).p90())));
        }
        for (int k = shown.size() - 1; k >= 0; k--) {
            d.append('L').append(Svg.n(x.applyAsDouble(shown.get(k).month()))).append(' ').append(Svg.n(y.applyAsDouble(shown.get(k).p10())));
        }
        d.append('Z');
        return Html.el("path", "d", d.toString(), "class", cssClass).add(Svg.tooltip(tooltip));
    }

    private static Html.Node median(List<Band> bands, java.util.function.DoubleUnaryOperator x, java.util.function.DoubleUnaryOperator y, String cssClass) {
        List<Band> shown = bands.stream().filter(b -> !Double.isNaN(b.p50())).toList();
        if (shown.isEmpty()) return null;
        StringBuilder d = new StringBuilder();
        for (int k = 0; k < shown.size(); k++) {
            d.append(k == 0 ? 'M' : 'L').append(Svg.n(x.applyAsDouble(shown.get(k).month()))).append(' ').append(Svg.n(y.applyAsDouble(shown.get(k).p50())));
        }
        return Html.el("path", "d", d.toString(), "class", cssClass);
    }
}
