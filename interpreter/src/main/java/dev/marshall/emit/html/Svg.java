package dev.marshall.emit.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Helpers for the report's inline SVG charts: coordinates, wrapped text, nice axis ticks. */
final class Svg {
    private Svg() {}

    /** A coordinate with at most one decimal, so the page is small and byte-identical across runs. */
    static String n(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "0";
        BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    static Html.Node svg(double width, double height, String label) {
        return Html.el("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + n(width) + " " + n(height),
                "width", n(width), "height", n(height), "role", "img", "aria-label", label, "class", "chart");
    }

    static Html.Node text(double x, double y, String text, String... attributes) {
        Html.Node t = Html.el("text", attributes).attr("x", n(x)).attr("y", n(y));
        return t.text(text);
    }

    /** A tooltip (a {@code <title>} child), shown by browsers on hover without any script. */
    static Html.Node tooltip(String text) {
        return Html.el("title", text);
    }

    static Html.Node line(double x1, double y1, double x2, double y2, String cssClass) {
        return Html.el("line", "x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2), "class", cssClass);
    }

    static Html.Node rect(double x, double y, double w, double h, String cssClass) {
        return Html.el("rect", "x", n(x), "y", n(y), "width", n(Math.max(0, w)), "height", n(Math.max(0, h)), "class", cssClass);
    }

    /** A diamond centred on (x, y). */
    static Html.Node diamond(double x, double y, double r, String cssClass) {
        return Html.el("path", "d", "M" + n(x) + " " + n(y - r) + "L" + n(x + r) + " " + n(y) + "L" + n(x) + " " + n(y + r)
                + "L" + n(x - r) + " " + n(y) + "Z", "class", cssClass);
    }

    /** Splits text into lines of at most {@code width} characters, breaking at spaces (a long word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** About {@code count} round tick values covering lo..hi (steps of 1, 2 or 5 × 10^k). */
    static List<Double> ticks(double lo, double hi, int count) {
        List<Double> ticks = new ArrayList<>();
        if (!(hi > lo)) {
            ticks.add(lo);
            return ticks;
        }
        double raw = (hi - lo) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double first = Math.ceil(lo / step - 1e-9) * step;
        for (int k = 0; ; k++) {
            double v = first + k * step;
            if (v > hi + step * 1e-9) break;
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }
}
