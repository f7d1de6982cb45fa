package dev.marshall.model;

import dev.marshall.source.Span;

/**
 * A cost share that rises towards full cost recovery ({@code cost_share = 20% rising to 80% by month 36}): the
 * beneficiaries pay {@code from} in programme month 1, a share that grows in equal monthly steps to {@code to} in
 * month {@code byMonth}, and {@code to} from then on (Box 6, §4: services move to a cost-recovery basis). A single
 * {@code cost_share = 20%} keeps its meaning: the same share in every month, and no {@code CostShare} is made.
 */
public record CostShare(double from, double to, int byMonth, Span span) {

    /** The share the beneficiaries pay of what is spent in programme month {@code month}. */
    public double at(int month) {
        if (month >= byMonth || byMonth <= 1) return to;
        if (month <= 1) return from;
        return from + (to - from) * (month - 1) / (byMonth - 1);
    }

    /** "20% rising to 80% by month 36". */
    public String describe() {
        return percent(from) + " rising to " + percent(to) + " by month " + byMonth;
    }

    /** A share as a designer writes it (12.5%, 20%). */
    private static String percent(double share) {
        double p = Math.round(share * 1e6) / 1e4;
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
    }
}
