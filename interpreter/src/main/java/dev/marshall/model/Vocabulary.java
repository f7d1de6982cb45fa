package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code enum name { word "Label" = value … }}: a set of words the language
 * knows, declared in the standard library (actor kinds, pillars, capabilities,
 * reporting periods, disaggregation dimensions) so that each is documented
 * where it is defined.
 */
public record Vocabulary(String name, List<Word> words, Span span, Span nameSpan, String doc) implements Declaration {

    public Vocabulary {
        words = List.copyOf(words);
    }

    public String kind() { return "enum"; }

    public Optional<Word> word(String wordName) {
        for (Word w : words) if (w.name().equals(wordName)) return Optional.of(w);
        return Optional.empty();
    }

    /** One word: its label (for documents; the name when none is written) and an optional constant value. */
    public record Word(String name, String label, Double value, Span span, String doc) {}
}
