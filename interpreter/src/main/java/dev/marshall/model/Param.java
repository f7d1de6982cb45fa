package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code param name = expr}: an uncertain knob, sampled once per run; {@code --set name=value} overrides it. */
public record Param(String name, int index, Expr value, Span span, Span nameSpan, String doc) implements Declaration {
    public String kind() { return "param"; }
}
