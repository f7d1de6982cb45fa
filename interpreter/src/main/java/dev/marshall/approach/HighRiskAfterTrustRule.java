package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.model.RiskLevel;
import java.util.List;

/**
 * A08: higher-risk work waits until trust has grown: it should start after a
 * milestone or after trust building, not on a fixed month (§4).
 */
final class HighRiskAfterTrustRule implements Check {
    static final String CODE = "A08";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        Schedule schedule = new Schedule(programme);
        for (Intervention i : programme.interventions()) {
            if (i.risk() != RiskLevel.HIGH) continue;
            if (i.startsOnFixedMonth()) {
                sink.report(CODE, i.properties().spanOf("start", i.nameSpan()), i.name(), "starts on a fixed month")
                        .related(i.properties().spanOf("risk", i.nameSpan()), "marked high-risk here");
            } else if (!i.after().isEmpty() && !schedule.waitsForTrust(i)) {
                sink.report(CODE, i.properties().spanOf("after", i.nameSpan()), i.name(),
                                "waits for neither a milestone nor trust building")
                        .related(i.properties().spanOf("risk", i.nameSpan()), "marked high-risk here");
            }
        }
    }
}
