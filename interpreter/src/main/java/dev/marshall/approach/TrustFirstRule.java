package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.model.RiskLevel;
import dev.marshall.plan.PlannedSchedule;
import java.util.List;
import java.util.OptionalInt;

/**
 * A02: trust is the precondition of joint action, so trust building must be
 * there and must not start after high-risk work (§3.1, §4).
 */
final class TrustFirstRule implements Check {
    static final String CODE = "A02";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        PlannedSchedule schedule = PlannedSchedule.of(programme);
        Intervention firstTrust = null;
        int firstTrustStart = Integer.MAX_VALUE;
        boolean anyTrust = false;
        for (Intervention i : programme.interventions()) {
            if (!Kinds.isTrustBuilding(programme, i)) continue;
            anyTrust = true;
            OptionalInt start = schedule.startOf(i);
            if (start.isPresent() && start.getAsInt() < firstTrustStart) {
                firstTrust = i;
                firstTrustStart = start.getAsInt();
            }
        }
        if (!anyTrust) {
            sink.report(CODE, Where.programme(programme), "is missing: no trust_governance intervention");
            return;
        }
        if (firstTrust == null) return; // its start cannot be told: the language checks say why
        for (Intervention i : programme.interventions()) {
            if (i.risk() != RiskLevel.HIGH) continue;
            OptionalInt start = schedule.startOf(i);
            if (start.isEmpty() || start.getAsInt() >= firstTrustStart) continue;
            sink.report(CODE, firstTrust.nameSpan(),
                            "starts in month " + firstTrustStart + ", after high-risk intervention '" + i.name()
                                    + "' (month " + start.getAsInt() + ")")
                    .related(i.properties().spanOf("risk", i.nameSpan()), "high-risk work planned to start in month " + start.getAsInt());
        }
    }
}
