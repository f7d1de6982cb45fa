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

    /** The declaration kind as users write it: "intervention", "actor", ... */
    String kind();
}
