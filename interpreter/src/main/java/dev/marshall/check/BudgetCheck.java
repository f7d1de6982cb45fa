package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The interventions' costs add up to at most the budget (E042). The report
 * points at the budget and at the three largest costs, where cuts would help.
 */
final class BudgetCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E042"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        double total = p.totalCost();
        if (p.budget() <= 0 || total <= p.budget() + 1e-6) return;
        var report = sink.report("E042", p.properties().valueSpanOf("budget", p.span()), money(total, p.currency()), money(p.budget(), p.currency()))
                .hint("cut costs by " + money(total - p.budget(), p.currency()) + " or raise the budget");
        p.interventions().stream()
                .sorted(Comparator.comparingDouble(Intervention::cost).reversed().thenComparing(Intervention::name))
                .limit(3)
                .forEach(i -> report.related(i.properties().valueSpanOf("cost", i.nameSpan()), "'" + i.name() + "' costs " + money(i.cost(), p.currency())));
    }

    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%,.0f %s", amount, currency).replace(',', '_');
    }
}
