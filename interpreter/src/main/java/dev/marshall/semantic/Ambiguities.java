package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import java.util.List;

/**
 * Unqualified cluster members read or assigned where no cluster is the context
 * (several clusters, no {@code in}, none marked {@code default = true}). Adding
 * a second cluster to a programme makes every such name ambiguous at once; one
 * name at a time, that was dozens of identical errors for one decision. They are
 * reported as one E050 at the first place, pointing at every other place.
 */
final class Ambiguities {
    private Ambiguities() {}

    static void report(SymbolTable symbols, DiagnosticSink sink) {
        List<SymbolTable.Ambiguity> all = symbols.ambiguities;
        if (all.isEmpty()) return;
        SymbolTable.Ambiguity first = all.get(0);
        String others = all.size() == 1 ? ""
                : "; as do " + (all.size() - 1) + (all.size() == 2 ? " more place" : " more places") + " (listed below)";
        String owners = first.owners().size() == 1 ? "cluster " + first.owners().get(0) : "clusters " + String.join(", ", first.owners());
        var diagnostic = sink.report("E050", first.span(), first.name(), owners, first.owners().get(0), others);
        for (SymbolTable.Ambiguity a : all.subList(1, all.size())) {
            diagnostic.related(a.span(), "'" + a.name() + "' (" + String.join(", ", a.owners()) + ")");
        }
    }
}
