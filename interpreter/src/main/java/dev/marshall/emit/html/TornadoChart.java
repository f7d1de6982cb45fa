package dev.marshall.emit.html;

import dev.marshall.emit.text.Quantities;
import dev.marshall.sensitivity.SensitivityResult.Effect;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import java.util.List;

/**
 * A tornado chart for one outcome: a bar per param, largest swing on top,
 * from the probability with the param at its low value to the probability at
 * its high value, around a vertical line at the plan's probability. The axis
 * runs 0–100%.
 */
final class TornadoChart {
    private static final double WIDTH = 520;
    private static final double LEFT = 150;
    private static final double RIGHT = 500;
    private static final double ROW = 22;
    private static final double TOP = 12;

    private TornadoChart() {}

    static Html.Node of(Outcome outcome, int maxBars) {
        List<Effect> effects = outcome.effects().subList(0, Math.min(maxBars, outcome.effects().size()));
        double height = TOP + ROW * effects.size() + 26;
        double bottom = TOP + ROW * effects.size();
        Html.Node svg = Svg.svg(WIDTH, height, "Tornado chart of " + outcome.name());
        Html.Node axes = Html.el("g", "class", "axes");
        for (int p = 0; p <= 100; p += 25) {
            double x = x(p / 100.0);
            axes.add(Svg.line(x, TOP - 4, x, bottom, "grid"));
            axes.add(Svg.text(x, bottom + 16, p + "%", "class", "muted middle"));
        }
        svg.add(axes);
        for (int k = 0; k < effects.size(); k++) {
            Effect e = effects.get(k);
            double y = TOP + k * ROW;
            double from = Math.min(e.atLow(), e.atHigh());
            double to = Math.max(e.atLow(), e.atHigh());
            svg.add(Svg.text(LEFT - 8, y + ROW / 2 + 4, e.param(), "class", "end"));
            svg.add(Svg.rect(x(from), y + 4, Math.max(1.5, x(to) - x(from)), ROW - 8, e.swing() >= 0 ? "tornado-up" : "tornado-down")
                    .add(Svg.tooltip(e.param() + ": " + Quantities.percent(e.atLow()) + " at its low value, " + Quantities.percent(e.atHigh())
                            + " at its high value" + (Double.isNaN(e.firstOrder()) ? "" : String.format(java.util.Locale.ROOT,
                            "; first-order index %.2f", e.firstOrder())))));
        }
        double plan = x(outcome.plan());
        svg.add(Svg.line(plan, TOP - 6, plan, bottom + 2, "tornado-plan"));
        return svg;
    }

    private static double x(double p) {
        return LEFT + Math.max(0, Math.min(1, p)) * (RIGHT - LEFT);
    }
}
