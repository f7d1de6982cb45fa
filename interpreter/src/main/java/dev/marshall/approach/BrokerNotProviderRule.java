package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A15: the development agent brokers and coaches; it does not deliver the
 * training or credit that local institutions can provide (§3: CDAs "are not
 * meant to substitute for the role and performance of cluster actors"; §4:
 * the agency is "not to substitute for services that can be provided by
 * local institutions").
 */
final class BrokerNotProviderRule implements Check {
    static final String CODE = "A15";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Intervention i : programme.interventions()) {
            if (!Kinds.isServicePillar(programme, i.pillar())) continue;
            if (!Kinds.isDevelopmentAgent(programme, i.lead())) continue;
            var report = sink.report(CODE, i.properties().valueSpanOf("lead", i.nameSpan()), i.lead(), i.pillar(), i.name());
            programme.actor(i.lead()).ifPresent(a -> report.related(a.nameSpan(), "'" + a.name() + "' is a development_agent"));
        }
    }
}
