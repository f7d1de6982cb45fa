package dev.marshall.model;

import dev.marshall.source.Span;

/**
 * What every declaration has: a name (the title for assumptions and risks),
 * the span of the whole declaration, the span of its name (where "declared
 * here" points), and its {@code ///} doc comment ("" when it has none).
 */
public interface Declaration {
    String name();
    Span span();
    Span nameSpan();
    String doc();

    /** The properties written in its block (none for declarations without one). */
    default Properties properties() { return Properties.NONE; }

    /**
     * The name people read ({@code name = "Effluent treatment plant"}), "" when none is written.
     * Outputs for people show it instead of the id; machine outputs keep the id and add it.
     */
    default String writtenName() { return properties().text("name"); }

    /** The name documents show: the written name, else the id. */
    default String displayName() {
        String written = writtenName();
        return written.isBlank() ? name() : written;
    }

    /** The declaration kind as users write it: "intervention", "actor", ... */
    String kind();
}
