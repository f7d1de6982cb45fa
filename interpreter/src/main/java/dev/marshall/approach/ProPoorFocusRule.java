package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Focus;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A05: growth does not reach the poor by itself; a pro-poor programme invests
 * in them explicitly and measures more than income (§3.3, §4).
 */
final class ProPoorFocusRule implements Check {
    static final String CODE = "A05";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.focus() != Focus.PRO_POOR) return;
        boolean proPoorWork = false;
        for (Intervention i : programme.interventions()) proPoorWork |= Kinds.isProPoor(programme, i);
        boolean capabilityIndicator = false;
        for (Indicator i : programme.indicators()) {
            capabilityIndicator |= i.capability() != null && !"income".equals(i.capability());
        }
        if (proPoorWork && capabilityIndicator) return;
        String missing = !proPoorWork && !capabilityIndicator
                ? "no pro_poor_economic or pro_poor_capabilities intervention and no indicator of a capability beyond income"
                : !proPoorWork
                ? "no pro_poor_economic or pro_poor_capabilities intervention"
                : "no indicator of a capability beyond income (voice, human_capital, inclusion, resilience)";
        sink.report(CODE, Where.programmeProperty(programme, "focus"), missing);
    }
}
