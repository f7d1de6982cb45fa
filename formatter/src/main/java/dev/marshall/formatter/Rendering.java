package dev.marshall.formatter;

import java.util.ArrayList;
import java.util.List;

/**
 * The laid-out lines as text, and where each unit (a top-level declaration
 * with its comments) came from in the input and went to in the output, for
 * range formatting. Units that shared an input line are merged into one.
 */
record Rendering(String text, String newline, List<String> lines, List<Unit> units) {

    /** Input and output lines of one unit, counted from 1, inclusive. */
    record Unit(int inputFirst, int inputLast, int outputFirst, int outputLast) {}

    static Rendering of(List<Line> laidOut, String newline) {
        List<String> out = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        int unitId = Integer.MIN_VALUE;
        Unit unit = null;
        for (Line line : laidOut) {
            if (line.blankBefore && !out.isEmpty()) out.add("");
            int outputFirst = out.size() + 1;
            String indentation = "  ".repeat(line.indent);
            for (String physical : line.text.toString().split("\n", -1)) {
                out.add(out.size() + 1 == outputFirst ? indentation + physical : physical);
            }
            int outputLast = out.size();
            if (line.unit != unitId || unit == null) {
                if (unit != null) units.add(unit);
                unitId = line.unit;
                unit = new Unit(line.inputFirst, line.inputLast, outputFirst, outputLast);
            } else {
                unit = new Unit(Math.min(unit.inputFirst(), line.inputFirst), Math.max(unit.inputLast(), line.inputLast),
                        unit.outputFirst(), outputLast);
            }
        }
        if (unit != null) units.add(unit);
        StringBuilder text = new StringBuilder();
        for (String line : out) text.append(line).append(newline);
        return new Rendering(text.toString(), newline, List.copyOf(out), merge(units));
    }

    /** Two declarations on one input line cannot be replaced one without the other. */
    private static List<Unit> merge(List<Unit> units) {
        List<Unit> merged = new ArrayList<>();
        for (Unit u : units) {
            Unit previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && u.inputFirst() <= previous.inputLast()) {
                merged.set(merged.size() - 1, new Unit(previous.inputFirst(), Math.max(previous.inputLast(), u.inputLast()),
                        previous.outputFirst(), u.outputLast()));
            } else {
                merged.add(u);
            }
        }
        return merged;
    }

    /** Output lines {@code first..last} (from 1, inclusive), each with its line end. */
    String outputLines(int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) out.append(lines.get(i - 1)).append(newline);
        return out.toString();
    }
}
