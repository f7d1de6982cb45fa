package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Expr;
import dev.marshall.model.Properties;
import dev.marshall.syntax.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An intervention's {@code forms = network} and {@code strengthens = [a, b]}:
 * each name must be a network (E010 with the nearest network, E012), and a
 * network is either formed or strengthened by one intervention, not both
 * (E235: forming already strengthens it). The names stay in the intervention's
 * properties; {@code model.NetworkWork} reads them from there.
 */
final class NetworkWorkReader {
    private final SymbolTable symbols;
    private final DiagnosticSink sink;

    NetworkWorkReader(SymbolTable symbols, DiagnosticSink sink) {
        this.symbols = symbols;
        this.sink = sink;
    }

    void check(String intervention, Properties props) {
        Map<String, Expr> formed = new HashMap<>();
        for (String property : List.of("forms", "strengthens")) {
            props.get(property).ifPresent(p -> {
                for (Expr item : DeclarationReader.items(p.value())) {
                    String name = DeclarationReader.word(item);
                    if (name == null) {
                        sink.report("E020", item.span(), "the name of a network", item.type().describe());
                        continue;
                    }
                    SymbolTable.Entry e = symbols.lookup(name);
                    if (e == null) {
                        sink.report("E010", item.span(), name).hint(Suggestions.didYouMean(name, symbols.networks));
                    } else if (!e.kind().equals("network")) {
                        sink.report("E012", item.span(), name, ExpressionBuilder.article(e.kind()), property, "a network")
                                .related(e.nameSpan(), "declared here");
                    } else if (property.equals("forms")) {
                        formed.put(name, item);
                    } else if (formed.containsKey(name)) {
                        sink.report("E235", item.span(), intervention, name).related(formed.get(name).span(), "formed here");
                    }
                }
            });
        }
    }
}
