package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * A10: an indicator is usable only if it is specific, measurable and
 * time-bound: a baseline to compare with, a target by a month, a means of
 * verification and a reporting frequency (SMART; the indicator reference
 * sheets donors require; §4 "result-based M&E").
 */
final class SmartIndicatorRule implements Check {
    static final String CODE = "A10";

    /** The properties every indicator needs, as written in the language. */
    private static final List<String> REQUIRED = List.of("baseline", "target", "source", "every");

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Indicator indicator : programme.indicators()) {
            List<String> missing = new ArrayList<>();
            for (String property : REQUIRED) {
                if (!indicator.properties().has(property)) missing.add(property);
            }
            if (!missing.isEmpty()) {
                sink.report(CODE, indicator.nameSpan(), indicator.name(), Where.alternatives(missing));
            }
        }
    }
}
