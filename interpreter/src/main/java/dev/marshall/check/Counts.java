package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.source.Span;
import java.util.OptionalInt;

/**
 * Whole numbers the language counts with (a horizon, a duration, a month N,
 * a number of firms): a fraction, a value below the least or above the
 * documented maximum ({@link dev.marshall.model.Limits}) is reported (E034)
 * where it is written, with the value as written, never cast and wrapped.
 */
public final class Counts {
    private Counts() {}

    /**
     * The value as an int when it is whole and within {@code min..max}; empty when it is not
     * (reported) or when it is unknown (NaN: its expression was reported already).
     */
    public static OptionalInt whole(double v, int min, int max, String what, String unit, Span span, DiagnosticSink sink) {
        if (Double.isNaN(v)) return OptionalInt.empty();
        boolean whole = v == Math.rint(v);
        if (whole && v >= min && v <= max) return OptionalInt.of((int) v);
        String hint;
        String units = unit.isEmpty() ? "" : " " + unit;
        if (v > max) hint = "Marshall accepts at most " + max + units + tooLargeReason(max);
        else if (v < min) hint = "";
        else hint = "write " + format(Math.floor(v)) + " or " + format(Math.ceil(v)) + units;
        sink.report("E034", span, what, unit.isEmpty() ? "a whole number" : "a whole number of " + unit, min, max, format(v), hint);
        return OptionalInt.empty();
    }

    private static String tooLargeReason(int max) {
        return max == dev.marshall.model.Limits.MAX_MONTHS ? " (100 years)" : "";
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
