package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Handover;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.plan.PlannedSchedule;
import java.util.List;
import java.util.Optional;

/**
 * A17: the CDA's role is temporary (section 3: CDAs "are not meant to substitute for the role and performance of
 * cluster actors"; section 4: the continuation of cluster development "once the support agency withdraws"). A
 * line of work that the development agent or a donor still leads in the programme's last month, with no
 * handover to a local actor, has no exit: when the programme ends, nobody is left to carry it on.
 *
 * <p>Judged on the planned schedule (each milestone reached on its due month); work that cannot be planned (a
 * cycle, an unknown name: errors of their own) is not judged. A handover to another external actor is no exit.
 */
final class ExitRule implements Check {
    static final String CODE = "A17";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.horizon() <= 0) return;
        PlannedSchedule plan = PlannedSchedule.of(programme);
        for (Intervention i : programme.interventions()) {
            if (i.lead() == null) continue;
            Optional<String> kind = Kinds.kindOf(programme, i.lead());
            if (kind.isEmpty() || !Kinds.isExternal(programme, kind.get())) continue;
            var end = plan.endOf(i);
            if (end.isEmpty() || end.getAsInt() < programme.horizon()) continue;
            Optional<Handover> handover = Handover.of(programme, i);
            if (handover.isPresent()) {
                Optional<String> to = Kinds.kindOf(programme, handover.get().actor());
                if (to.isEmpty() || !Kinds.isExternal(programme, to.get())) continue; // handed over to a local actor, or an error of its own
                sink.report(CODE, i.properties().valueSpanOf("handover", i.nameSpan()), i.name(), i.lead(), kind.get(),
                        "its handover goes to '" + handover.get().actor() + "', who is external too");
            } else {
                sink.report(CODE, i.properties().valueSpanOf("lead", i.nameSpan()), i.name(), i.lead(), kind.get(), "with no handover");
            }
        }
    }
}
