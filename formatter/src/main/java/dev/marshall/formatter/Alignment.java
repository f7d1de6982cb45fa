package dev.marshall.formatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Pads the cells of neighbouring lines so their columns line up, as an elastic
 * tab stop would: a run is the lines of one kind at one indentation with no
 * blank line between them (comment lines do not interrupt it), and column
 * {@code j} is aligned over each stretch of the run whose lines all have a
 * {@code j}th cell. A cell is padded to the widest in its stretch plus one
 * space — unless every line of the stretch (two or more) already put the next
 * cell at the same, wider, distance: then that distance is kept, so a block
 * aligned with its neighbouring blocks stays so and formatting stays idempotent.
 * An assignment's operator is aligned on the right, so {@code =} stands under
 * the {@code =} of {@code +=}.
 */
final class Alignment {
    private Alignment() {}

    static void align(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (line.cuts.isEmpty() || line.kind.equals(Line.COMMENT)) {
                i++;
                continue;
            }
            List<Line> run = new ArrayList<>();
            run.add(line);
            int j = i + 1;
            for (; j < lines.size(); j++) {
                Line next = lines.get(j);
                if (next.blankBefore) break;
                if (next.kind.equals(Line.COMMENT)) continue;
                if (!next.kind.equals(line.kind) || next.indent != line.indent || next.cuts.isEmpty()) break;
                run.add(next);
            }
            alignRun(run);
            i = j;
        }
    }

    private static void alignRun(List<Line> run) {
        List<List<String>> cells = new ArrayList<>();
        for (Line line : run) cells.add(split(line));
        int columns = 0;
        for (Line line : run) columns = Math.max(columns, line.cuts.size());
        for (int column = 0; column < columns; column++) {
            int start = 0;
            while (start < run.size()) {
                if (run.get(start).cuts.size() <= column) {
                    start++;
                    continue;
                }
                int end = start;
                while (end < run.size() && run.get(end).cuts.size() > column) end++;
                padColumn(run.subList(start, end), cells.subList(start, end), column);
                start = end;
            }
        }
        for (int k = 0; k < run.size(); k++) {
            Line line = run.get(k);
            line.text.setLength(0);
            line.text.append(String.join("", cells.get(k)));
        }
    }

    private static void padColumn(List<Line> stretch, List<List<String>> cells, int column) {
        int width = 0;
        for (List<String> row : cells) width = Math.max(width, length(row.get(column)));
        int gap = stretch.size() >= 2 ? stretch.get(0).gaps.get(column) : -1;
        for (Line line : stretch) if (line.gaps.get(column) != gap) gap = -1;
        int padded = gap - 1 > width ? gap - 1 : width;
        for (int k = 0; k < cells.size(); k++) {
            List<String> row = cells.get(k);
            String cell = row.get(column);
            String padding = " ".repeat(padded - length(cell));
            row.set(column, (stretch.get(k).rightAligned.get(column) ? padding + cell : cell + padding) + " ");
        }
    }

    /** The cells of a line without the space that followed each cut; the rest of the line last. */
    private static List<String> split(Line line) {
        List<String> cells = new ArrayList<>();
        String text = line.text.toString();
        int from = 0;
        for (int cut : line.cuts) {
            cells.add(text.substring(from, cut));
            from = cut < text.length() && text.charAt(cut) == ' ' ? cut + 1 : cut;
        }
        cells.add(text.substring(from));
        return cells;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
