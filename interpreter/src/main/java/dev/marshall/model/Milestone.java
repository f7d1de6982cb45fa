package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code milestone id "Title" { due = month N; when = condition }}: reached in the first month its condition holds. */
public record Milestone(String name, int index, String title, int due, Expr when, Properties properties,
                        Span span, Span nameSpan, String doc) implements Declaration {
    public String kind() { return "milestone"; }

    /** {@code definition}: when it counts as reached, in words, for donors ("" when not written). */
    public String definition() { return properties.text("definition"); }
}
