package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A03: when only the external agency leads, it substitutes for local
 * services instead of building them (§4).
 */
final class LocalLeadershipRule implements Check {
    static final String CODE = "A03";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        Set<String> externalLeads = new LinkedHashSet<>();
        Intervention first = null;
        for (Intervention i : programme.interventions()) {
            if (i.lead() == null) continue;
            var kind = Kinds.kindOf(programme, i.lead());
            if (kind.isEmpty()) return; // an unknown lead is an error of its own; judge no further
            if (!Kinds.isExternal(programme, kind.get())) return;
            externalLeads.add(i.lead());
            if (first == null) first = i;
        }
        if (first == null) return; // nothing is led at all: nothing to judge (lead is optional, and no check asks for one)
        var report = sink.report(CODE, first.properties().valueSpanOf("lead", first.nameSpan()), Where.quotedList(externalLeads));
        for (Intervention i : programme.interventions()) {
            if (i != first && i.lead() != null) {
                report.related(i.properties().valueSpanOf("lead", i.nameSpan()), "also led by '" + i.lead() + "'");
            }
        }
    }
}
