package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * A16: trust and governance cannot be imposed top-down; they are built with
 * the cluster's own actors, by a participatory approach that leverages local
 * values and social capital (§3.1, §4).
 */
final class ParticipatoryTrustRule implements Check {
    static final String CODE = "A16";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Intervention i : programme.interventions()) {
            if (!Kinds.isTrustBuilding(programme, i)) continue;
            List<String> involved = new ArrayList<>();
            if (i.lead() != null) involved.add(i.lead());
            involved.addAll(i.partners());
            if (involved.isEmpty()) continue; // no lead and no partners: nothing to judge (lead is optional, and no check asks for one)
            boolean allKnown = true;
            boolean anyLocal = false;
            for (String name : involved) {
                var kind = Kinds.kindOf(programme, name);
                if (kind.isEmpty()) allKnown = false;
                else anyLocal |= !Kinds.isExternal(programme, kind.get());
            }
            if (allKnown && !anyLocal) sink.report(CODE, i.nameSpan(), i.name());
        }
    }
}
