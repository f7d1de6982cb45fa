package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code milestone id "Title" { due = month N; when = condition }}: reached in the first month its condition holds. */
public record Milestone(String name, int index, String title, int due, Expr when, Properties properties,
                        Span span, Span nameSpan, String doc) implements Declaration {
    public String kind() { return "milestone"; }

    /** A milestone's name for people is its title ({@code milestone id "Title"}), or {@code name = "…"} written instead. */
    @Override
    public String writtenName() {
        boolean titled = title != null && !title.isBlank() && !title.equals(name()); // without a title the reader sets the id
        return titled ? title : properties.text("name");
    }

    /** {@code definition}: when it counts as reached, in words, for donors ("" when not written). */
    public String definition() { return properties.text("definition"); }
}
