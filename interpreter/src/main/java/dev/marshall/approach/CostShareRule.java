package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A04: cost sharing and fees keep beneficiaries committed and prevent
 * dependency on external assistance (§4).
 */
final class CostShareRule implements Check {
    static final String CODE = "A04";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.interventions().isEmpty()) return;
        for (Intervention i : programme.interventions()) {
            if (i.costShare() != null && i.costShare() > 0) return;
            if (i.properties().has("cost_share") && i.costShare() == null) return; // written but not readable: an error of its own
        }
        sink.report(CODE, Where.programmeProperty(programme, "budget"));
    }
}
