package dev.marshall.diff;

import java.util.Locale;

/** Amounts and probabilities as the diff's readers see them: 300,000 and 72%, the same on every machine. */
final class Amounts {
    private Amounts() {}

    static String format(Double amount) {
        if (amount == null) return "—";
        double rounded = Math.rint(amount);
        if (Math.abs(amount - rounded) < 0.005) return String.format(Locale.ROOT, "%,.0f", rounded);
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    static String signed(double amount) {
        return (amount > 0 ? "+" : amount < 0 ? "−" : "±") + format(Math.abs(amount));
    }

    static String percent(Double p) {
        return p == null ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * p);
    }

    /** A change of probability in percentage points, one decimal: +12.5 pts. */
    static String points(Double delta) {
        if (delta == null) return "—";
        double pts = 100 * delta;
        if (Math.abs(pts) < 0.05) return "±0.0 pts";
        return String.format(Locale.ROOT, "%s%.1f pts", pts > 0 ? "+" : "−", Math.abs(pts));
    }

    static String month(Integer m) {
        return m == null ? "never" : "month " + m;
    }

    static String number(Double v) {
        if (v == null) return "—";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%,.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
