package dev.marshall.emit.html;

import static dev.marshall.emit.html.Svg.n;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * The results chain read left to right: outputs (one per intervention) lead
 * to the outcome of their pillar, and outcomes to the goal. Each box names
 * the indicators that measure it, so a reader sees at once which links of the
 * chain are measured and which are not.
 */
final class ResultsChainDiagram {
    private static final double WIDTH = 1060;
    private static final double OUTPUT_X = 8;
    private static final double OUTPUT_W = 300;
    private static final double OUTCOME_X = 390;
    private static final double OUTCOME_W = 300;
    private static final double GOAL_X = 772;
    private static final double GOAL_W = 280;
    private static final double LINE = 15;
    private static final double PAD = 9;
    private static final double GAP = 12;
    private static final double TOP = 30;

    private ResultsChainDiagram() {}

    private record Box(List<String> lines, List<String> small, double height) {
        static Box of(String title, int width, List<String> small) {
            List<String> lines = Svg.wrap(title, width);
            return new Box(lines, small, PAD * 2 + LINE * lines.size() + (small.isEmpty() ? 0 : 4 + 13 * small.size()));
        }
    }

    static Html.Node of(Logframe lf, Palette palette) {
        List<Logframe.Outcome> outcomes = lf.outcomes();
        List<Double> groupHeights = new ArrayList<>();
        List<Box> outcomeBoxes = new ArrayList<>();
        List<List<Box>> outputBoxes = new ArrayList<>();
        for (Logframe.Outcome o : outcomes) {
            Box box = Box.of("Outcome " + o.ref() + ": " + o.title(), 40, indicators(o.indicators(), "not measured at outcome level"));
            outcomeBoxes.add(box);
            List<Box> outs = new ArrayList<>();
            double stack = 0;
            for (Logframe.Output out : o.outputs()) {
                List<String> small = new ArrayList<>();
                if (out.declared()) {
                    // a declared output names the activities delivering it; their leads and cost are in the activities table
                    List<String> work = new ArrayList<>();
                    double cost = 0;
                    for (Logframe.Work w : out.work()) {
                        work.add(w.title());
                        cost += w.activity().cost();
                    }
                    small.add("by " + String.join(", ", work) + " · " + Quantities.money(cost, lf.overview().currency()));
                } else {
                    small.add((out.activity().lead() == null ? "" : "lead " + out.activity().lead().title() + " · ")
                            + Quantities.money(out.activity().cost(), lf.overview().currency()));
                }
                small.addAll(indicators(out.indicators(), out.measuredAlsoBy().isEmpty() ? "no indicator"
                        : "measured by " + String.join(", ", out.measuredAlsoBy())));
                Box b = Box.of("Output " + out.ref() + ": " + out.title(), 40, small);
                outs.add(b);
                stack += b.height() + GAP;
            }
            outputBoxes.add(outs);
            groupHeights.add(Math.max(stack - GAP, box.height()));
        }
        double total = 0;
        for (double h : groupHeights) total += h + GAP * 2;
        Box goal = Box.of("Goal: " + lf.goal().statement(), 36, indicators(lf.goal().indicators(), "no impact indicator"));
        double height = Math.max(total, goal.height() + 20) + TOP + 10;

        Html.Node svg = Svg.svg(WIDTH, height, "Results chain from interventions to outcomes to the goal");
        svg.add(Html.el("defs").add(Html.el("marker", "id", "chain-arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                "markerWidth", "7", "markerHeight", "7", "orient", "auto")
                .add(Html.el("path", "d", "M0 0L10 5L0 10Z", "class", "chain-head"))));
        svg.add(Svg.text(OUTPUT_X, 16, "OUTPUTS — what the interventions deliver", "class", "group"));
        svg.add(Svg.text(OUTCOME_X, 16, "OUTCOMES — what changes in the cluster", "class", "group"));
        svg.add(Svg.text(GOAL_X, 16, "GOAL — the impact sought", "class", "group"));

        double goalY = TOP + (height - TOP - 10 - goal.height()) / 2;
        double goalMid = goalY + goal.height() / 2;
        double y = TOP;
        for (int k = 0; k < outcomes.size(); k++) {
            Logframe.Outcome o = outcomes.get(k);
            String colour = palette.outcome(o);
            double groupTop = y + GAP;
            double groupHeight = groupHeights.get(k);
            Box ob = outcomeBoxes.get(k);
            double oy = groupTop + (groupHeight - ob.height()) / 2;
            double outputsHeight = -GAP;
            for (Box b : outputBoxes.get(k)) outputsHeight += b.height() + GAP;
            double py = groupTop + (groupHeight - Math.max(0, outputsHeight)) / 2;
            for (int j = 0; j < o.outputs().size(); j++) {
                Box b = outputBoxes.get(k).get(j);
                svg.add(box(OUTPUT_X, py, OUTPUT_W, b, "box " + colour, o.outputs().get(j).title()));
                svg.add(arrow(OUTPUT_X + OUTPUT_W, py + b.height() / 2, OUTCOME_X, oy + ob.height() / 2));
                py += b.height() + GAP;
            }
            svg.add(box(OUTCOME_X, oy, OUTCOME_W, ob, "box " + colour, o.title()));
            svg.add(arrow(OUTCOME_X + OUTCOME_W, oy + ob.height() / 2, GOAL_X, goalMid));
            y += groupHeight + GAP * 2;
        }
        svg.add(box(GOAL_X, goalY, GOAL_W, goal, "box-goal", lf.goal().statement()));
        return svg;
    }

    private static List<String> indicators(List<IndicatorEntry> indicators, String none) {
        List<String> lines = new ArrayList<>();
        for (IndicatorEntry i : indicators) lines.add("▸ " + i.title() + " (" + Quantities.unitLabel(i.unit()) + ")");
        if (lines.isEmpty()) lines.add(none);
        return lines;
    }

    private static Html.Node box(double x, double y, double w, Box b, String cssClass, String tooltip) {
        Html.Node g = Html.el("g");
        g.add(Svg.tooltip(tooltip));
        g.add(Html.el("rect", "x", n(x), "y", n(y), "width", n(w), "height", n(b.height()), "rx", "6", "class", cssClass));
        double ty = y + PAD + 11;
        for (String line : b.lines()) {
            g.add(Svg.text(x + 10, ty, line, "class", "title"));
            ty += LINE;
        }
        ty += 3;
        for (String line : b.small()) {
            g.add(Svg.text(x + 10, ty, line, "class", "muted"));
            ty += 13;
        }
        return g;
    }

    private static Html.Node arrow(double x1, double y1, double x2, double y2) {
        double mid = (x1 + x2) / 2;
        return Html.el("path", "d", "M" + n(x1) + " " + n(y1) + "C" + n(mid) + " " + n(y1) + " " + n(mid) + " " + n(y2) + " "
                + n(x2 - 2) + " " + n(y2), "class", "chain-arrow", "marker-end", "url(#chain-arrow)");
    }
}
