package dev.marshall.lsp;

import java.util.Locale;

/** Numbers and probabilities as the editor shows them: short, no trailing zeros. */
final class Format {
    private Format() {}

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return String.format(Locale.ROOT, "%.4g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }
}
