package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code actor id : kind { … }}: a stakeholder. Kinds are the {@code actor_kind} vocabulary of std.unido. */
public record Actor(String name, String actorKind, Span kindSpan, Properties properties, Span span, Span nameSpan, String doc)
        implements Declaration {
    public String kind() { return "actor"; }

    /** The name documents show: {@code name = "…"} when written, else the id. */
    public String displayName() {
        String written = properties.text("name");
        return written.isBlank() ? name : written;
    }
}
