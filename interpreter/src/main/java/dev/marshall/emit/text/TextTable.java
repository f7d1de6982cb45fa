package dev.marshall.emit.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns padded to their widest cell, the
 * first {@code leftColumns} aligned left (names), the rest right (numbers),
 * two spaces between columns, no trailing blanks.
 */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    public TextTable(String... header) {
        rows.add(header);
    }

    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    public void render(StringBuilder out, int leftColumns) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], row[c].length());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                if (c > 0) line.append("  ");
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c < leftColumns ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
