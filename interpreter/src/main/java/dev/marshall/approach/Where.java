package dev.marshall.approach;

import dev.marshall.model.Programme;
import dev.marshall.model.Properties;
import dev.marshall.source.Span;

/**
 * Where an approach warning about the programme as a whole points: the
 * programme header (or the property of it the warning is about), and, when a
 * file has no header, its first character.
 */
final class Where {
    private Where() {}

    static Span programme(Programme programme) {
        if (programme.span() != null) return programme.span();
        return Span.at(programme.mainSource(), 0);
    }

    /** The {@code name = value} line of the programme header, or the header itself. */
    static Span programmeProperty(Programme programme, String name) {
        Properties properties = programme.properties() == null ? Properties.NONE : programme.properties();
        return properties.spanOf(name, programme(programme));
    }

    /** "'a'", "'a' and 'b'", "'a', 'b' and 'c'". */
    static String quotedList(java.util.Collection<String> names) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (String n : names) {
            if (i > 0) out.append(i == names.size() - 1 ? " and " : ", ");
            out.append('\'').append(n).append('\'');
            i++;
        }
        return out.toString();
    }

    /** "a", "a or b", "a, b or c". */
    static String alternatives(java.util.List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) out.append(i == words.size() - 1 ? " or " : ", ");
            out.append(words.get(i));
        }
        return out.toString();
    }
}
