package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code actor id : kind { … }}: a stakeholder. Kinds are the {@code actor_kind} vocabulary of std.unido. */
public record Actor(String name, String actorKind, Span kindSpan, Properties properties, Span span, Span nameSpan, String doc)
        implements Declaration {
    public String kind() { return "actor"; }
}
