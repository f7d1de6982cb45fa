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

    /** The words a programme added with {@code extend} (after the library's own, in the order written). */
    public List<Word> added() {
        return words.stream().filter(Word::added).toList();
    }

    /**
     * One word: its label (for documents; the name when none is written), an
     * optional constant value, and, for a word a programme added with
     * {@code extend}, what the approach checks should count it as
     * ({@code counts_as = [public, support_institution]}) and, for a
     * disaggregation dimension, its groups ({@code groups = [home_based, factory]}).
     */
    public record Word(String name, String label, Double value, Span span, String doc,
                       List<String> countsAs, List<String> groups, boolean added) {
        public Word {
            countsAs = List.copyOf(countsAs);
            groups = List.copyOf(groups);
        }

        /** A word of the standard library (or of an {@code enum} of the programme). */
        public Word(String name, String label, Double value, Span span, String doc) {
            this(name, label, value, span, doc, List.of(), List.of(), false);
        }

        /** Whether the programme said the approach checks count this word as {@code marker}. */
        public boolean countsAs(String marker) { return countsAs.contains(marker); }
    }

    /** This vocabulary with {@code more} words after its own. */
    public Vocabulary with(List<Word> more) {
        List<Word> all = new java.util.ArrayList<>(words);
        all.addAll(more);
        return new Vocabulary(name, all, span, nameSpan, doc);
    }
}
