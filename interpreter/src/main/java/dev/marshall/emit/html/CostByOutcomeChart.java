package dev.marshall.emit.html;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.text.Quantities;

/** The planned cost of each outcome's activities as horizontal bars: where the money goes, by pillar. */
final class CostByOutcomeChart {
    private static final double WIDTH = 520;
    private static final double ROW = 30;
    private static final double LABEL = 200;
    private static final double BAR = 220;

    private CostByOutcomeChart() {}

    static Html.Node of(Logframe lf, Palette palette) {
        double total = lf.activitiesCost();
        double max = 0;
        for (Logframe.Outcome o : lf.outcomes()) max = Math.max(max, o.cost());
        int rows = (int) lf.outcomes().stream().filter(o -> !o.outputs().isEmpty()).count();
        Html.Node svg = Svg.svg(WIDTH, Math.max(1, rows) * ROW + 8, "Planned cost by outcome");
        double y = 4;
        for (Logframe.Outcome o : lf.outcomes()) {
            if (o.outputs().isEmpty()) continue;
            double width = max > 0 ? o.cost() / max * BAR : 0;
            Html.Node g = Html.el("g").add(Svg.tooltip("Outcome " + o.ref() + ": " + o.title() + ", "
                    + Quantities.money(o.cost(), lf.overview().currency())));
            g.add(Svg.text(0, y + 18, o.ref() + ". " + shorten(o.title(), 30)));
            g.add(Html.el("rect", "x", Svg.n(LABEL), "y", Svg.n(y + 6), "width", Svg.n(Math.max(1, width)), "height", "16", "rx", "2",
                    "class", "planned " + palette.outcome(o)));
            String share = total > 0 ? " (" + Quantities.percent(o.cost() / total) + ")" : "";
            g.add(Svg.text(LABEL + width + 6, y + 18, Quantities.compact(o.cost()) + " " + lf.overview().currency() + share, "class", "muted"));
            svg.add(g);
            y += ROW;
        }
        return svg;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
