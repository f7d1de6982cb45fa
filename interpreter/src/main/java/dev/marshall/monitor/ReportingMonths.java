package dev.marshall.monitor;

import dev.marshall.model.Indicator;
import java.util.StringJoiner;

/**
 * The months in which the simulation records an indicator's value (language
 * reference §11.2): the end of each whole reporting period, and its target
 * month. An observation in another month has nothing to be compared with.
 */
final class ReportingMonths {
    private ReportingMonths() {}

    static int targetMonth(Indicator i, int horizon) {
        return i.target() == null ? horizon : i.target().byMonth();
    }

    static boolean observable(Indicator i, int month, int horizon) {
        return period(i, month, horizon) >= 0 || month == targetMonth(i, horizon);
    }

    /** The 0-based reporting period ending in {@code month}, or -1. */
    static int period(Indicator i, int month, int horizon) {
        int p = i.periodMonths();
        if (p <= 0 || month % p != 0 || month / p > horizon / p) return -1;
        return month / p - 1;
    }

    /** "6, 12, 18" (a long list shortened). */
    static String months(Indicator i, int horizon) {
        StringJoiner out = new StringJoiner(", ");
        int p = Math.max(1, i.periodMonths());
        int count = 0;
        for (int m = p; m <= horizon; m += p) {
            if (++count > 6) {
                out.add("... " + (horizon / p) * p);
                break;
            }
            out.add(Integer.toString(m));
        }
        return out.toString();
    }
}
