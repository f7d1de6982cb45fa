package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * A04: cost sharing and fees keep beneficiaries committed and prevent dependency on external assistance, and
 * services move to a cost-recovery basis (§4; Box 6, where Atuntaqui's CAD centre ends at cost-recovery rates).
 * It warns when no intervention has a cost share, and — in a programme of {@value #LONG} months or more — when the
 * services the firms pay for (the pillars {@link #SERVICES}: business services and support institutions, training,
 * finance) keep their share where it starts: none of their shares rises
 * ({@code cost_share = 20% rising to 80% by month 36}) and none is already full recovery (100%). Trust building,
 * policy and the pro-poor work are public goods the paper does not expect to recover their cost.
 */
final class CostShareRule implements Check {
    static final String CODE = "A04";
    /** A programme this long has time to move a service towards recovery: three years, the examples' usual horizon. */
    static final int LONG = 36;
    /** The pillars whose work is a service to firms, which §3.2c and Box 6 see moving to cost recovery. */
    static final List<String> SERVICES = List.of("support_institutions", "skills", "finance");

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.interventions().isEmpty()) return;
        boolean anyShare = false;
        List<String> constant = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            if (i.properties().has("cost_share") && i.costShare() == null) return; // written but not readable: an error of its own
            if (i.costShare() != null && i.costShare() > 0 || i.rising() != null) anyShare = true;
            if (!SERVICES.contains(i.pillar())) continue;
            if (i.rising() != null || i.costShare() != null && i.costShare() >= 1) return; // a service moves towards recovery
            if (i.costShare() != null && i.costShare() > 0) constant.add(i.name());
        }
        if (!anyShare) {
            sink.report(CODE, Where.programmeProperty(programme, "budget"), "is nowhere agreed: no intervention has a cost_share above 0%");
        } else if (!constant.isEmpty() && programme.horizon() >= LONG) {
            sink.report(CODE, Where.programmeProperty(programme, "horizon"), "never moves towards cost recovery: "
                    + Where.quotedList(constant) + " keep" + (constant.size() == 1 ? "s" : "") + " the same share for all "
                    + programme.horizon() + " months");
        }
    }
}
