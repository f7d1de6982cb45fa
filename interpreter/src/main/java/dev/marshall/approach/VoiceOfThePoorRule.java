package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Focus;
import dev.marshall.model.Intervention;
import dev.marshall.model.Network;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * A14: a pro-poor programme gives the poor representation and voice through
 * their own organisations — NGOs, self-help groups, women's federations,
 * cooperatives (§3.3: "institutional actors such as NGOs, village councils,
 * women's federations and self-help groups will play a key role"; Box 8).
 * Declaring one is not enough: it must take part in some work.
 */
final class VoiceOfThePoorRule implements Check {
    static final String CODE = "A14";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.focus() != Focus.PRO_POOR) return;
        for (String name : involved(programme)) {
            if (Kinds.kindOf(programme, name).map(k -> Kinds.isVoiceOfThePoor(programme, k)).orElse(false)) return;
        }
        sink.report(CODE, Where.programmeProperty(programme, "focus"));
    }

    /** Every actor named as lead, partner or target of an intervention, or in a network. */
    private static List<String> involved(Programme programme) {
        List<String> names = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            if (i.lead() != null) names.add(i.lead());
            names.addAll(i.partners());
            names.addAll(i.targets());
        }
        for (Network n : programme.networks()) {
            names.addAll(n.members());
            if (n.from() != null) names.add(n.from());
            if (n.to() != null) names.add(n.to());
        }
        return names;
    }
}
