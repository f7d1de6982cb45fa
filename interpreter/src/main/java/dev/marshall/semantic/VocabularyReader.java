package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code enum name { word "Label" = value … }}: a vocabulary (actor kinds,
 * pillars, periods … in std.unido). Read before anything else: declarations
 * check their words against them.
 */
final class VocabularyReader extends DeclarationReader {

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
            Double value = null;
            if (m.value != null) {
                Expr v = x.build(m.value, Scope.constant("an enum value"));
                value = Constants.number(v).orElse(null);
                if (value == null) sink.report("E024", v.span(), "an enum word's value");
            }
            String label = m.label != null ? x.string(m.label) : name;
            words.add(new Vocabulary.Word(name, label, value, span, doc(m)));
        }
        Vocabulary vocabulary = new Vocabulary(e.name.getText(), words, x.span(e), x.span(e.name), doc(d));
        symbols.vocabularies.putIfAbsent(vocabulary.name(), vocabulary);
        parts.vocabularies.add(vocabulary);
    }
}
