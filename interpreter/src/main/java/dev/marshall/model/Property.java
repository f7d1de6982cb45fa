package dev.marshall.model;

import dev.marshall.source.Span;

/**
 * One {@code name = value} line of a declaration, as written: {@code by} holds
 * the part after {@code by} ({@code target = 50 by month 24}), or null;
 * {@code group} the disaggregation group a target or baseline is for
 * ({@code target women = 60 by month 36}), or null; {@code rise} the part after
 * {@code rising to} ({@code cost_share = 20% rising to 80% by month 36}), or null.
 * Typed fields of the declarations are derived from these; checks use them to
 * point at the exact line.
 */
public record Property(String name, String group, Expr value, Expr by, Span nameSpan, Span span, String doc, Expr rise) {

    /** A property for the whole (no group) whose value does not change over time (no {@code rising to}). */
    public Property(String name, Expr value, Expr by, Span nameSpan, Span span, String doc) {
        this(name, null, value, by, nameSpan, span, doc, null);
    }
}
