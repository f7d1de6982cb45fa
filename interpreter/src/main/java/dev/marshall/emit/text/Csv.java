package dev.marshall.emit.text;

import java.util.List;

/**
 * CSV as RFC 4180 describes it, with {@code \n} line ends: a field is quoted
 * when it holds a comma, a quote, a line break or leading/trailing spaces, and
 * quotes inside are doubled. A field starting with {@code = + - @} is prefixed
 * with an apostrophe only when it is text, not a number, so a spreadsheet
 * never runs user text as a formula.
 */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    public Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(field(fields.get(i)));
        }
        out.append('\n');
        return this;
    }

    public Csv row(String... fields) {
        return row(List.of(fields));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) return "";
        String v = value;
        char first = v.charAt(0);
        if ((first == '=' || first == '+' || first == '-' || first == '@') && !isNumber(v)) v = "'" + v;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
