package dev.marshall.lsp;

import dev.marshall.source.Span;

/**
 * Something a name can mean: a declaration of the programme or of a module it
 * uses, a state of a cluster, a word of a vocabulary, or a parameter of a fn.
 * {@code detail} is the line hover shows under the kind (unit, range, pillar …).
 */
record Symbol(String kind, String name, Span nameSpan, Span span, String doc, String detail) {

    /** Same symbol: same name declared at the same place. */
    boolean sameAs(Symbol other) {
        return other != null && name.equals(other.name) && nameSpan.file() == other.nameSpan.file()
                && nameSpan.start() == other.nameSpan.start();
    }
}
