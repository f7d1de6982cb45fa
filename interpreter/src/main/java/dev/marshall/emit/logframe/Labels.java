package dev.marshall.emit.logframe;

import dev.marshall.model.Programme;
import dev.marshall.model.Vocabulary;
import java.util.Locale;

/**
 * The words documents use for names: a vocabulary word's label from the
 * standard library ({@code trust_governance} → "Trust building and
 * governance"), or, for a programme's own names, the name made readable
 * ({@code women_weavers} → "Women weavers").
 */
public final class Labels {
    private final Programme programme;

    public Labels(Programme programme) {
        this.programme = programme;
    }

    /** The label of {@code word} in vocabulary {@code vocabulary}, or the word made readable when either is unknown. */
    public String word(String vocabulary, String word) {
        if (word == null) return "";
        return programme.vocabulary(vocabulary).flatMap(v -> v.word(word)).map(Vocabulary.Word::label)
                .filter(l -> !l.isBlank() && !l.equals(word)).orElseGet(() -> humanise(word));
    }

    /** The doc comment of a vocabulary word ("" when none). */
    public String wordDoc(String vocabulary, String word) {
        if (word == null) return "";
        return programme.vocabulary(vocabulary).flatMap(v -> v.word(word)).map(Vocabulary.Word::doc).orElse("");
    }

    public String pillar(String pillar) { return word("pillar", pillar); }

    public String actorKind(String kind) { return word("actor_kind", kind); }

    public String capability(String capability) { return word("capability", capability); }

    public String period(String every) { return word("period", every); }

    public String dimension(String dimension) { return word("dimension", dimension); }

    /** A dimension as a sheet names it, with its groups when the word declares them: "Work status (home based, factory)". */
    public String disaggregation(String dimension) {
        java.util.List<String> groups = programme.vocabulary("dimension").flatMap(v -> v.word(dimension))
                .map(Vocabulary.Word::groups).orElse(java.util.List.of());
        String label = dimension(dimension);
        if (groups.isEmpty()) return label;
        return label + " (" + String.join(", ", groups.stream().map(g -> humanise(g).toLowerCase(Locale.ROOT)).toList()) + ")";
    }

    public String linkage(String linkage) { return word("linkage", linkage); }

    /** A declaration's name in documents: its written name ({@code name = "…"}, a milestone's title), else its id made readable. */
    public static String title(dev.marshall.model.Declaration d) {
        String written = d.writtenName();
        return written.isBlank() ? humanise(d.name()) : written;
    }

    /** {@code women_weavers} → "Women weavers"; {@code simap} → "Simap"; acronyms are the designer's to write in a doc comment. */
    public static String humanise(String name) {
        if (name == null || name.isEmpty()) return "";
        String spaced = name.replace('_', ' ').trim().replaceAll(" +", " ");
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
