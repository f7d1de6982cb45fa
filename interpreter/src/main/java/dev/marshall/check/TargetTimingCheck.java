package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A target falls on a reporting date (W073): an indicator reported every
 * quarter cannot show whether its target for month 10 was met, because no
 * report is made in month 10. The simulation still judges the target at its
 * month, but the M&E framework would have no figure to verify it with.
 */
final class TargetTimingCheck implements Check {

    @Override
    public List<String> codes() { return List.of("W073"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        for (Indicator i : p.indicators()) {
            if (i.target() == null || i.periodMonths() <= 0) continue;
            int month = i.target().byMonth();
            if (month < 1 || month > p.horizon() || month % i.periodMonths() == 0) continue;
            int before = month / i.periodMonths() * i.periodMonths();
            int after = before + i.periodMonths();
            String choices = (before >= i.periodMonths() ? "month " + before + " or " : "") + "month " + after;
            sink.report("W073", i.target().span(), i.name(), i.every(), month)
                    .hint("move the target to a reporting date (" + choices + "), or report more often")
                    .related(i.properties().spanOf("every", i.nameSpan()), "reported every " + i.every() + " (" + i.periodMonths() + " months)");
        }
    }
}
