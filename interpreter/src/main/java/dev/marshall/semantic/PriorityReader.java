package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Priority;
import dev.marshall.syntax.Suggestions;
import java.util.List;
import java.util.Locale;

/** {@code priorities { a over b … }}: each line one of the three trade-offs, either way round (E017 otherwise). */
final class PriorityReader extends DeclarationReader {

    PriorityReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.PrioritiesDeclContext p) {
        for (MarshallParser.PriorityContext pc : p.priority()) {
            Priority.Objective preferred = objective(pc.preferred);
            Priority.Objective over = objective(pc.other);
            if (preferred == null || over == null) continue;
            if (preferred.opposite() != over) {
                sink.report("E017", x.span(pc), preferred.keyword() + " over " + over.keyword(), "a trade-off")
                        .hint("the pairs are inclusiveness/growth, depth/breadth and tomorrow/today; write e.g. " + preferred.keyword() + " over " + preferred.opposite().keyword());
                continue;
            }
            parts.priorities.add(new Priority(preferred, over, x.span(pc)));
        }
    }

    private Priority.Objective objective(MarshallParser.IdentContext id) {
        if (id == null) return null;
        try {
            return Priority.Objective.valueOf(id.getText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> words = java.util.Arrays.stream(Priority.Objective.values()).map(Priority.Objective::keyword).toList();
            sink.report("E017", x.span(id), id.getText(), "an objective (" + String.join(", ", words) + ")").hint(Suggestions.didYouMean(id.getText(), words));
            return null;
        }
    }
}
