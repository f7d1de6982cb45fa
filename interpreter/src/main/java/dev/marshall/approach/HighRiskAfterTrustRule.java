package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Dependency;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.model.RiskLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        for (Intervention i : programme.interventions()) {
            if (i.risk() != RiskLevel.HIGH) continue;
            if (i.startsOnFixedMonth()) {
                sink.report(CODE, i.properties().spanOf("start", i.nameSpan()), i.name(), "starts on a fixed month")
                        .related(i.properties().spanOf("risk", i.nameSpan()), "marked high-risk here");
            } else if (!i.after().isEmpty() && !waitsForTrust(programme, i, new HashSet<>())) {
                sink.report(CODE, i.properties().spanOf("after", i.nameSpan()), i.name(),
                                "waits for neither a milestone nor trust building")
                        .related(i.properties().spanOf("risk", i.nameSpan()), "marked high-risk here");
            }
        }
    }

    /**
     * Whether an intervention waits, directly or through what it waits for,
     * for a milestone or for trust building: the signal that trust has grown
     * before higher-risk work begins (§4).
     */
    private static boolean waitsForTrust(Programme programme, Intervention intervention, Set<String> seen) {
        if (!seen.add(intervention.name())) return false;
        for (Dependency d : intervention.after()) {
            switch (d.kind()) {
                case MILESTONE -> {
                    if (programme.milestone(d.name()).isPresent()) return true;
                }
                case INTERVENTION -> {
                    var waited = programme.intervention(d.name());
                    if (waited.isPresent() && (Kinds.isTrustBuilding(programme, waited.get()) || waitsForTrust(programme, waited.get(), seen))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
