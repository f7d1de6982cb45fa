package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Actor;
import dev.marshall.model.Constants;
import dev.marshall.model.CostLine;
import dev.marshall.model.Expr;
import dev.marshall.model.Funding;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.model.Type;
import dev.marshall.plan.PlannedFunding;
import dev.marshall.plan.PlannedSchedule;
import dev.marshall.syntax.Suggestions;
import java.util.List;
import java.util.Locale;

/**
 * The money adds up (E010, E012, E126, E177, E125): a funder's {@code funds} names interventions and cost lines;
 * the shares of an intervention's (a cost line's) funders sum to 100%; a funder's declared total ({@code pays}) is
 * what its shares come to, to the cent — the amount a donor signs for is checked where it is written, with
 * everything it pays for. A rising cost share counts month by month, as planned.
 */
final class FundingCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E010", "E012", "E126", "E177", "E125"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        boolean namesOk = true;
        List<String> interventions = new java.util.ArrayList<>(p.interventions().stream().map(Intervention::name).toList());
        p.costLines().forEach(c -> interventions.add(c.name()));
        for (Actor a : p.actors()) {
            var funds = a.properties().get("funds").orElse(null);
            if (funds == null) continue;
            List<Expr> items = funds.value() instanceof Expr.ListOf l ? l.items() : List.of(funds.value());
            for (Expr e : items) {
                if (!(e instanceof Expr.Word w) || interventions.contains(w.name())) continue;
                namesOk = false;
                if (p.actor(w.name()).isPresent() || p.milestone(w.name()).isPresent() || p.cluster(w.name()).isPresent()) {
                    sink.report("E012", w.span(), w.name(), "not an intervention", "what '" + a.name() + "' funds", "an intervention or a cost line");
                } else {
                    sink.report("E010", w.span(), w.name()).hint(Suggestions.didYouMean(w.name(), interventions));
                }
            }
        }
        if (!namesOk) return;
        boolean sharesOk = true;
        for (Intervention i : p.interventions()) {
            List<Funding> funders = Funding.of(p, i);
            if (funders.isEmpty()) continue;
            double sum = funders.stream().mapToDouble(Funding::share).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                sharesOk = false;
                var report = sink.report("E126", i.nameSpan(), i.name(), percent(sum));
                for (Funding f : funders) {
                    Actor a = p.actor(f.funder()).orElseThrow();
                    report.related(a.properties().valueSpanOf("share", a.properties().valueSpanOf("funds", a.nameSpan())),
                            "'" + f.funder() + "' pays " + percent(f.share()));
                }
            }
        }
        for (CostLine c : p.costLines()) {
            List<Funding> funders = Funding.of(p, c);
            if (funders.isEmpty()) continue;
            double sum = funders.stream().mapToDouble(Funding::share).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                sharesOk = false;
                var report = sink.report("E177", c.nameSpan(), c.name(), percent(sum));
                for (Funding f : funders) {
                    Actor a = p.actor(f.funder()).orElseThrow();
                    report.related(a.properties().valueSpanOf("share", a.properties().valueSpanOf("funds", a.nameSpan())),
                            "'" + f.funder() + "' pays " + percent(f.share()));
                }
            }
        }
        if (!sharesOk) return; // totals would only repeat the same mistake
        PlannedSchedule plan = PlannedSchedule.of(p);
        for (Actor a : p.actors()) {
            var pays = a.properties().get("pays").orElse(null);
            if (pays == null || pays.value().type().isUnknown()) continue;
            Type t = pays.value().type();
            if (t.kind() != Type.Kind.MONEY) {
                sink.report("E020", pays.value().span(), "money (e.g. 100_000 " + (p.currency() == null ? "EUR" : p.currency()) + ")", t.describe());
                continue;
            }
            if (p.currency() != null && !p.currency().equals(t.currency())) {
                sink.report("E022", pays.value().span(), "what '" + a.name() + "' pays", p.currency(), t.currency());
                continue;
            }
            double declared = Constants.number(pays.value()).orElse(Double.NaN);
            if (Double.isNaN(declared)) continue;
            double planned = PlannedFunding.totalOf(p, a, plan);
            if (Math.abs(declared - planned) >= 0.005) {
                var report = sink.report("E125", pays.value().span(), a.name(), money(declared, p.currency()), money(planned, p.currency()));
                for (Intervention i : p.interventions()) {
                    if (Funding.funds(a).contains(i.name())) {
                        report.related(i.properties().valueSpanOf("cost", i.nameSpan()),
                                "'" + i.name() + "' gives it " + money(PlannedFunding.fundedCost(i, plan) * Funding.shareOf(a), p.currency()));
                    }
                }
                for (CostLine c : p.costLines()) {
                    if (Funding.funds(a).contains(c.name())) {
                        report.related(c.properties().valueSpanOf(c.properties().has("amount") ? "amount" : "monthly", c.nameSpan()),
                                "cost line '" + c.name() + "' gives it " + money(c.total() * Funding.shareOf(a), p.currency()));
                    }
                }
            }
        }
    }

    private static String percent(double share) {
        return Counts.format(Math.round(share * 1e6) / 1e4) + "%";
    }

    private static String money(double v, String currency) {
        String s = String.format(Locale.ROOT, "%,.2f", v);
        if (s.endsWith(".00")) s = s.substring(0, s.length() - 3);
        return s + (currency == null ? "" : " " + currency);
    }
}
