package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Level;
import dev.marshall.model.Properties;
import dev.marshall.model.Result;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code result name : impact|outcome|output { statement = "…"; contributes = …; delivered_by = [ … ] }}: the
 * names it refers to are resolved here (unknown E010, wrong kind E012); how the results fit together into one
 * chain is checked on the whole programme ({@code check.ResultsChainCheck}).
 */
final class ResultReader extends DeclarationReader {

    ResultReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.ResultDeclContext r) {
        if (r.name == null || !isOwnDeclaration("result", r.name, -1)) return;
        String name = r.name.getText();
        String levelWord = r.level == null ? "" : r.level.getText();
        Level level = null;
        try {
            level = Level.valueOf(levelWord.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            sink.report("E017", r.level == null ? x.span(r) : x.span(r.level), levelWord, "a results level (impact, outcome or output)")
                    .hint(Suggestions.didYouMean(levelWord, List.of("impact", "outcome", "output")));
        }
        DeclarationBlock block = block(r.block(), Schema.RESULT);
        Properties props = block.properties(Scope.constant("a result's property"));
        requireAll(Schema.RESULT, props, x.span(r.name), "result", name);
        String statement = text(props, "statement");
        String contributes = props.get("contributes").map(p -> declared(p.value(), "result", "contributes", "a result")).orElse(null);
        List<String> deliveredBy = new ArrayList<>();
        props.get("delivered_by").ifPresent(p -> {
            for (Expr item : items(p.value())) {
                String i = declared(item, "intervention", "delivered_by", "an intervention");
                if (i != null) deliveredBy.add(i);
            }
        });
        if (level == null) return; // reported: a result of no level has no place in the chain
        parts.results.add(new Result(name, parts.results.size(), level, statement, contributes, deliveredBy, props,
                x.span(r), x.span(r.name), doc(d)));
    }

    /** A name written as a value that must be a declaration of {@code kind}; null (reported) otherwise. */
    private String declared(Expr e, String kind, String property, String what) {
        String w = word(e);
        if (w == null) {
            if (!e.type().isUnknown()) sink.report("E020", e.span(), "the name of " + what, e.type().describe());
            return null;
        }
        SymbolTable.Entry entry = symbols.lookup(w);
        if (entry == null) {
            List<String> candidates = symbols.declarations.values().stream().filter(s -> s.kind().equals(kind))
                    .map(SymbolTable.Entry::name).toList();
            sink.report("E010", e.span(), w).hint(Suggestions.didYouMean(w, candidates));
            return null;
        }
        if (!entry.kind().equals(kind)) {
            sink.report("E012", e.span(), w, ExpressionBuilder.article(entry.kind()), property, what).related(entry.nameSpan(), "declared here");
            return null;
        }
        return w;
    }
}
