package dev.marshall.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of an RFC 4180 CSV file into fields, keeping the column
 * (1-based) each starts at so that a diagnostic can point into the line. A
 * field is quoted as a whole or not at all: a quote inside an unquoted field,
 * or an opening quote without its closing one, is a stray quote. Fields do not
 * span lines (a value or a note never needs a line break).
 */
final class CsvRows {
    private CsvRows() {}

    /** A field's text (unquoted) and the column of its first character. */
    record Field(String text, int column) {}

    /** A stray quote at {@code column}. */
    static final class StrayQuote extends Exception {
        final int column;

        StrayQuote(int column, String why) {
            super(why, null, false, false);
            this.column = column;
        }
    }

    static List<Field> split(String line) throws StrayQuote {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            int start = i;
            StringBuilder text = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) throw new StrayQuote(start + 1, "a quoted field is not closed");
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            text.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.append(c);
                    i++;
                }
                if (i < n && line.charAt(i) != ',') throw new StrayQuote(i + 1, "text follows the closing quote of a field");
            } else {
                while (i < n && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') throw new StrayQuote(i + 1, "a quote inside an unquoted field");
                    text.append(line.charAt(i));
                    i++;
                }
            }
            fields.add(new Field(text.toString().strip(), start + 1));
            if (i >= n) return fields;
            i++;   // the comma
        }
    }
}
