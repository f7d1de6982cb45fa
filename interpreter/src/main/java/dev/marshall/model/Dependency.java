package dev.marshall.model;

import dev.marshall.source.Span;

/** One entry of an intervention's {@code after}: an intervention that must finish, or a milestone that must be reached. */
public record Dependency(Kind kind, String name, int index, Span span) {
    public enum Kind { INTERVENTION, MILESTONE }
}
