package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A21: the agency does not substitute for local services; it builds the
 * capacity of training institutes and BDS providers to serve the cluster's
 * firms (§3.2(b), §3.2(c), §4). A programme in which no such provider takes
 * part in any intervention builds nothing that outlasts it.
 */
final class ServiceProvidersRule implements Check {
    static final String CODE = "A21";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Intervention intervention : programme.interventions()) {
            for (String name : Kinds.involved(intervention)) {
                if (Kinds.kindOf(programme, name).map(k -> Kinds.isServiceProvider(programme, k)).orElse(false)) return;
            }
        }
        sink.report(CODE, Where.programme(programme));
    }
}
