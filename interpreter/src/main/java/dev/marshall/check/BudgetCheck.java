package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.CostLine;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The interventions' costs add up to at most the budget (E042), and so do they together with the programme-level
 * cost lines (E170: the interventions fit, the cost lines take the programme over). The report points at the budget
 * and at the three largest costs, where cuts would help.
 */
final class BudgetCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E042", "E170"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        double total = p.interventionsCost();
        if (p.budget() <= 0) return;
        if (total <= p.budget() + 1e-6) {
            costLines(p, sink);
            return;
        }
        var report = sink.report("E042", p.properties().valueSpanOf("budget", p.span()), money(total, p.currency()), money(p.budget(), p.currency()))
                .hint("cut costs by " + money(total - p.budget(), p.currency()) + " or raise the budget");
        p.interventions().stream()
                .sorted(Comparator.comparingDouble(Intervention::cost).reversed().thenComparing(Intervention::name))
                .limit(3)
                .forEach(i -> report.related(i.properties().valueSpanOf("cost", i.nameSpan()), "'" + i.name() + "' costs " + money(i.cost(), p.currency())));
    }

    /** E170: the interventions fit the budget, but not together with the cost lines; points at the largest lines. */
    private static void costLines(Programme p, DiagnosticSink sink) {
        double total = p.totalCost();
        if (p.costLines().isEmpty() || total <= p.budget() + 1e-6) return;
        var report = sink.report("E170", p.properties().valueSpanOf("budget", p.span()), money(p.interventionsCost(), p.currency()),
                money(p.costLinesCost(), p.currency()), money(total, p.currency()), money(p.budget(), p.currency()),
                money(total - p.budget(), p.currency()));
        p.costLines().stream()
                .sorted(Comparator.comparingDouble(CostLine::total).reversed().thenComparing(CostLine::name))
                .limit(3)
                .forEach(c -> report.related(c.nameSpan(), "cost line '" + c.name() + "' costs " + money(c.total(), p.currency())));
    }

    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%,.0f %s", amount, currency).replace(',', '_');
    }
}
