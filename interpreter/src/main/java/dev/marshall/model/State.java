package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code state name = initial in low..high}: a variable of a cluster, clamped to its range after every assignment. */
public record State(String name, int index, Expr initial, Expr low, Expr high, Span span, Span nameSpan, String doc) implements Declaration {
    public String kind() { return "state"; }
}
