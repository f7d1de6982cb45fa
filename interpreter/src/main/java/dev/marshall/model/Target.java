package dev.marshall.model;

import dev.marshall.source.Span;

/**
 * {@code target = value by month N}: the value an indicator should reach by a month; with a {@code group}
 * ({@code target women = 60 by month 36}) the value for one group of a disaggregation, else (null) the total.
 */
public record Target(double value, int byMonth, String group, Span span) {

    public Target(double value, int byMonth, Span span) {
        this(value, byMonth, null, span);
    }

    /** Whether it is a target for the whole indicator, not for one group. */
    public boolean total() {
        return group == null;
    }
}
