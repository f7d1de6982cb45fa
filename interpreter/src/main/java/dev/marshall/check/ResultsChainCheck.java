package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Programme;
import dev.marshall.model.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A declared results chain holds together (E100–E107, W100): one goal; every output serves an outcome and
 * is delivered by interventions; every outcome serves the goal; every intervention delivers exactly one
 * output, so each activity has one place in the logframe; an indicator attached to a result sits at its
 * level. A programme without {@code result} declarations keeps the chain derived from pillars, unchecked here.
 */
final class ResultsChainCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E100", "E101", "E102", "E103", "E104", "E105", "E106", "E107", "W100"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        if (!p.declaresResults()) return;
        List<Result> impacts = p.results(Level.IMPACT);
        for (int k = 1; k < impacts.size(); k++) {
            sink.report("E105", impacts.get(k).nameSpan(), "by two impact results, '" + impacts.get(0).name() + "' and '" + impacts.get(k).name() + "'")
                    .related(impacts.get(0).nameSpan(), "the first impact result");
        }
        if (!impacts.isEmpty() && p.goal() != null && !p.goal().isBlank()) {
            sink.report("E105", impacts.get(0).nameSpan(), "by the programme's goal and by the impact result '" + impacts.get(0).name() + "'")
                    .related(p.properties().spanOf("goal", p.span()), "the programme's goal");
        }
        for (Result r : p.results()) {
            if (r.contributesTo() != null) {
                Result above = p.result(r.contributesTo()).orElse(null);
                Level expected = r.level() == Level.OUTPUT ? Level.OUTCOME : r.level() == Level.OUTCOME ? Level.IMPACT : null;
                if (above != null && above.level() != expected) {
                    sink.report("E100", r.properties().valueSpanOf("contributes", r.nameSpan()), r.name(), r.level().keyword(),
                            above.name(), described(above.level())).related(above.nameSpan(), "declared here");
                }
            } else if (r.level() == Level.OUTPUT && r.properties().get("contributes").isEmpty()) {
                sink.report("E101", r.nameSpan(), r.name());
            }
            if (r.level() != Level.OUTPUT && r.properties().get("delivered_by").isPresent()) {
                sink.report("E102", r.properties().spanOf("delivered_by", r.nameSpan()), r.name(), described(r.level()));
            } else if (r.level() == Level.OUTPUT && r.deliveredBy().isEmpty() && r.properties().get("delivered_by").isEmpty()) {
                sink.report("E107", r.nameSpan(), r.name());
            }
            if (r.level() == Level.OUTCOME && p.results(Level.OUTPUT).stream().noneMatch(o -> r.name().equals(o.contributesTo()))) {
                sink.report("W100", r.nameSpan(), r.name());
            }
        }
        Map<String, Result> deliverer = new HashMap<>();
        for (Result r : p.results(Level.OUTPUT)) {
            for (String i : r.deliveredBy()) {
                Result first = deliverer.putIfAbsent(i, r);
                if (first != null && first != r) {
                    sink.report("E104", r.properties().valueSpanOf("delivered_by", r.nameSpan()), i, first.name(), r.name())
                            .related(first.nameSpan(), "first delivered by this output");
                }
            }
        }
        for (Intervention i : p.interventions()) {
            if (!deliverer.containsKey(i.name()) && p.isOwnSource(i.nameSpan())) sink.report("E103", i.nameSpan(), i.name());
        }
        for (Indicator ind : p.indicators()) {
            if (ind.measures() == null || ind.measures().kind() != Indicator.Measures.Kind.RESULT) continue;
            p.result(ind.measures().name()).filter(r -> r.level() != ind.level()).ifPresent(r ->
                    sink.report("E106", ind.measures().span(), ind.name(), ind.level().keyword(), r.name(), described(r.level()))
                            .related(r.nameSpan(), "declared here"));
        }
    }

    private static String described(Level level) {
        return switch (level) {
            case IMPACT -> "the impact (the goal)";
            case OUTCOME -> "an outcome";
            case OUTPUT -> "an output";
        };
    }
}
