package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A24: work on the capabilities of the poor — voice, health, literacy,
 * confidence — goes through "institutional actors such as NGOs, village
 * councils, women's federations and self-help groups" (§3.3; Box 8, Box 9).
 * Each such intervention should involve one.
 */
final class PoorOrganisationRule implements Check {
    static final String CODE = "A24";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Intervention intervention : programme.interventions()) {
            if (!Kinds.isCapabilityWork(programme, intervention.pillar())) continue;
            boolean reachesThePoor = false;
            for (String name : Kinds.involved(intervention)) {
                reachesThePoor |= Kinds.kindOf(programme, name).map(k -> Kinds.isVoiceOfThePoor(programme, k)).orElse(false);
            }
            if (!reachesThePoor) sink.report(CODE, intervention.nameSpan(), intervention.name());
        }
    }
}
