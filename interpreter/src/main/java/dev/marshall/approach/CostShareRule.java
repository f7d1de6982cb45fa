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
 * It warns when no intervention has a cost share, and — in a programme of {@value #LONG} months or more — when
 * every cost share stays where it starts: none rises ({@code cost_share = 20% rising to 80% by month 36}) and none
 * is already full recovery (100%).
 */
final class CostShareRule implements Check {
    static final String CODE = "A04";
    /** A programme this long has time to move a service towards recovery: three years, the examples' usual horizon. */
    static final int LONG = 36;

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.interventions().isEmpty()) return;
        List<String> constant = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            if (i.properties().has("cost_share") && i.costShare() == null) return; // written but not readable: an error of its own
            if (i.rising() != null) return;
            if (i.costShare() != null && i.costShare() >= 1) return;
            if (i.costShare() != null && i.costShare() > 0) constant.add(i.name());
        }
        if (constant.isEmpty()) {
            sink.report(CODE, Where.programmeProperty(programme, "budget"), "is nowhere agreed: no intervention has a cost_share above 0%");
        } else if (programme.horizon() >= LONG) {
            sink.report(CODE, Where.programmeProperty(programme, "horizon"), "never moves towards cost recovery: "
                    + Where.quotedList(constant) + " keep" + (constant.size() == 1 ? "s" : "") + " the same share for all "
                    + programme.horizon() + " months");
        }
    }
}
