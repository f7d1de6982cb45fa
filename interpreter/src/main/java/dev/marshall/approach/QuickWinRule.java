package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A07: entrepreneurs stay motivated only if they see tangible benefits early;
 * a programme needs a visible quick win in its first months (§4). A quick win
 * is a gain for firms, not a document or a meeting: its condition must read a
 * state that firm-facing work changes (networks, skills, finance, pro-poor
 * work), not only states that trust building, institutional or policy work
 * changes (a diagnostic, a committee, a plan).
 */
final class QuickWinRule implements Check {
    static final String CODE = "A07";

    /** The last month a quick win may be due. */
    static final int QUICK_WIN_MONTHS = 6;

    /** Pillars whose work produces plans, committees and capacities rather than gains firms can see. */
    private static final Set<String> PREPARATORY_PILLARS = Set.of(
            Kinds.TRUST_GOVERNANCE, "support_institutions", "policy", "dissemination");

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        Set<String> gains = statesFirmFacingWorkChanges(programme);
        Milestone first = null;
        Milestone firstEarly = null;
        for (Milestone m : programme.milestones()) {
            if (m.due() <= 0) return; // no readable due month: an error of its own
            if (m.due() <= QUICK_WIN_MONTHS) {
                if (StateUse.reads(m.when()).stream().anyMatch(gains::contains)) return;
                if (firstEarly == null || m.due() < firstEarly.due()) firstEarly = m;
            }
            if (first == null || m.due() < first.due()) first = m;
        }
        if (first == null) {
            sink.report(CODE, Where.programme(programme), "there are no milestones");
        } else if (firstEarly != null) {
            sink.report(CODE, firstEarly.properties().spanOf("when", firstEarly.nameSpan()),
                    "'" + firstEarly.name() + "' (month " + firstEarly.due() + ") reads only what trust-building, institutional"
                            + " or policy work changes, a document or a meeting rather than a gain for firms");
        } else {
            sink.report(CODE, first.properties().spanOf("due", first.nameSpan()),
                    "the first, '" + first.name() + "', is due in month " + first.due());
        }
    }

    private static Set<String> statesFirmFacingWorkChanges(Programme programme) {
        Set<String> states = new HashSet<>();
        for (Intervention i : programme.interventions()) {
            if (!PREPARATORY_PILLARS.contains(i.pillar())) states.addAll(StateUse.assigns(i));
        }
        return states;
    }
}
