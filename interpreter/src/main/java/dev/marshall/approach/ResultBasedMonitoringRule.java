package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * A09: M&E must be result-based, not only input/output (§4). Every
 * intervention needs an indicator, and its results chain must reach an
 * outcome or impact: one that measures it (directly or through its pillar)
 * or one that measures the whole programme (an indicator without {@code for},
 * the goal level of the logframe).
 */
final class ResultBasedMonitoringRule implements Check {
    static final String CODE = "A09";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        boolean programmeResults = false;
        for (Indicator indicator : programme.indicators()) {
            programmeResults |= indicator.measures() == null && indicator.level() != null && indicator.level() != Level.OUTPUT;
        }
        for (Intervention intervention : programme.interventions()) {
            List<Indicator> outputs = new ArrayList<>();
            boolean results = false;
            for (Indicator indicator : programme.indicators()) {
                if (!programme.measures(indicator, intervention)) continue;
                if (indicator.level() == Level.OUTPUT) outputs.add(indicator);
                else results = true;
            }
            if (results) continue;
            if (outputs.isEmpty()) {
                sink.report(CODE, intervention.nameSpan(), intervention.name(), "by no indicator");
            } else if (!programmeResults) {
                var report = sink.report(CODE, intervention.nameSpan(), intervention.name(), "only by output indicators");
                for (Indicator o : outputs) report.related(o.nameSpan(), "output indicator '" + o.name() + "'");
            }
        }
    }
}
