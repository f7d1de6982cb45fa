package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Properties;
import dev.marshall.model.Vocabulary;
import dev.marshall.model.WordMarkers;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code enum name { word "Label" = value … }}: a vocabulary (actor kinds,
 * pillars, periods … in std.unido), and {@code extend name { … }}: words a
 * programme adds to one. Read before anything else: declarations check their
 * words against them. Every {@code enum} is read before any {@code extend},
 * so an extension may come in any file and any order.
 */
final class VocabularyReader extends DeclarationReader {
    /** The vocabulary whose words carry a value, and what the value is. */
    private static final Map<String, String> VALUE_OF = Map.of("period", "its length in months");

    VocabularyReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.EnumDeclContext e) {
        if (e.name == null) return;
        List<Vocabulary.Word> words = new ArrayList<>();
        Map<String, Span> seen = new HashMap<>();
        for (MarshallParser.EnumMemberContext m : e.enumMember()) {
            String name = m.name != null ? m.name.getText() : m.MONTH() != null ? "month" : null;
            if (name == null) continue;
            Span span = x.span(m);
            if (seen.containsKey(name)) {
                sink.report("E011", span, "word", name).related(seen.get(name), "first declared here");
                continue;
            }
            seen.put(name, span);
            words.add(word(e.name.getText(), m, name, false));
        }
        Vocabulary vocabulary = new Vocabulary(e.name.getText(), words, x.span(e), x.span(e.name), doc(d));
        symbols.vocabularies.putIfAbsent(vocabulary.name(), vocabulary);
        parts.vocabularies.add(vocabulary);
    }

    /** {@code extend pillar { environment "Environment" }}: the words join the vocabulary, after its own. */
    void extend(MarshallParser.ExtendDeclContext e) {
        if (e.name == null) return;
        String listName = e.name.getText();
        Vocabulary vocabulary = symbols.vocabularies.get(listName);
        if (vocabulary == null) {
            var report = sink.report("E190", x.span(e.name), listName);
            if (symbols.vocabularies.isEmpty()) report.hint("the word lists come from the standard library: add `use std.unido`");
            else {
                String near = Suggestions.didYouMean(listName, symbols.vocabularies.keySet());
                report.hint((near.isEmpty() ? "" : near + " ") + "the lists are: " + String.join(", ", symbols.vocabularies.keySet()));
            }
            return;
        }
        List<Vocabulary.Word> added = new ArrayList<>();
        for (MarshallParser.EnumMemberContext m : e.enumMember()) {
            String name = m.name != null ? m.name.getText() : m.MONTH() != null ? "month" : null;
            if (name == null) continue;
            Vocabulary.Word existing = vocabulary.word(name).orElse(null);
            if (existing == null) existing = added.stream().filter(w -> w.name().equals(name)).findFirst().orElse(null);
            if (existing != null) {
                boolean own = existing.added() || added.contains(existing);
                sink.report(own ? "E192" : "E191", x.span(m.getStart()), name, listName)
                        .related(existing.span(), own ? "first added here" : "the library's word, declared here");
                continue;
            }
            Vocabulary.Word word = word(listName, m, name, true);
            if (word.doc().isBlank()) sink.report("W190", x.span(m.getStart()), name, listName);
            added.add(word);
        }
        Vocabulary extended = vocabulary.with(added);
        symbols.vocabularies.put(listName, extended);
        parts.vocabularies.replaceAll(v -> v == vocabulary ? extended : v);
    }

    /** One word: its label, its value (E024, E195, E196) and its block (E193, E194). */
    private Vocabulary.Word word(String listName, MarshallParser.EnumMemberContext m, String name, boolean added) {
        Span span = x.span(m);
        Double value = null;
        if (m.value != null) {
            Expr v = x.build(m.value, Scope.constant("an enum value"));
            value = Constants.number(v).orElse(null);
            if (value == null) sink.report("E024", v.span(), "an enum word's value");
        }
        String valueMeaning = VALUE_OF.get(listName);
        if (added && valueMeaning == null && m.value != null) {
            sink.report("E196", x.span(m.value), name, listName);
        } else if (added && valueMeaning != null && m.value == null) {
            sink.report("E195", x.span(m.getStart()), name, listName, valueMeaning);
        }
        String label = m.label != null ? x.string(m.label) : name;
        List<String> countsAs = List.of();
        List<String> groups = List.of();
        if (m.block() != null) {
            DeclarationBlock block = block(m.block(), Schema.WORD, "a word of " + listName);
            Properties props = block.properties(null);
            countsAs = markers(listName, name, props);
            groups = groups(listName, name, props);
        }
        return new Vocabulary.Word(name, label, value, span, doc(m), countsAs, groups, added);
    }

    private List<String> markers(String listName, String name, Properties props) {
        List<String> out = new ArrayList<>();
        props.get("counts_as").ifPresent(p -> {
            Map<String, String> valid = WordMarkers.of(listName);
            if (valid.isEmpty()) {
                sink.report("E193", p.nameSpan(), "counts_as", listName)
                        .hint("only an actor_kind or a pillar counts as something for the approach checks");
                return;
            }
            for (Expr item : items(p.value())) {
                String marker = word(item);
                if (marker == null) continue; // not a word: reported when the block was read
                if (!valid.containsKey(marker)) {
                    sink.report("E194", item.span(), marker, listName).hint(markerHint(marker, valid));
                } else if (!out.contains(marker)) {
                    out.add(marker);
                }
            }
        });
        return out;
    }

    private List<String> groups(String listName, String name, Properties props) {
        List<String> out = new ArrayList<>();
        props.get("groups").ifPresent(p -> {
            if (!listName.equals("dimension")) {
                sink.report("E193", p.nameSpan(), "groups", listName).hint("only a disaggregation dimension has groups");
                return;
            }
            Map<String, Span> seen = new HashMap<>();
            for (Expr item : items(p.value())) {
                String group = word(item);
                if (group == null) continue;
                if (seen.containsKey(group)) {
                    sink.report("E011", item.span(), "group", group).related(seen.get(group), "first written here");
                    continue;
                }
                seen.put(group, item.span());
                out.add(group);
            }
        });
        return out;
    }

    private static String markerHint(String marker, Map<String, String> valid) {
        StringBuilder hint = new StringBuilder();
        String near = Suggestions.closest(marker, valid.keySet());
        if (near != null) hint.append("did you mean '").append(near).append("'? ");
        hint.append("one of: ");
        List<String> each = new ArrayList<>();
        valid.forEach((k, v) -> each.add(k + ": " + v));
        return hint.append(String.join("; ", each)).toString();
    }
}
