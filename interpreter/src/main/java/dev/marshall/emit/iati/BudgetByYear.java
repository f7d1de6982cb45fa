package dev.marshall.emit.iati;

import static dev.marshall.emit.text.XmlDocuments.element;

import dev.marshall.model.Actor;
import dev.marshall.model.CostLine;
import dev.marshall.model.Funding;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.plan.PlannedSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The money of a programme that declares its funders, by programme year (twelve months from {@code start}; the
 * last year may be shorter — the IATI Standard ruleset allows budget periods of at most a year): a {@code budget}
 * (type 1 original, status 1 indicative) of the funded part of the planned spend, and a
 * {@code planned-disbursement} per funder and year, with the funder as {@code provider-org}. Planned spend is the
 * schedule's (each intervention's cost spread evenly over its planned months, each programme-level cost line's
 * monthly amount in its months); the beneficiaries' cost share — that month's share, when it rises — is theirs,
 * not the activity's budget.
 */
final class BudgetByYear {
    private BudgetByYear() {}

    static void write(Element activity, Programme programme) {
        PlannedSchedule plan = PlannedSchedule.of(programme);
        int years = (programme.horizon() + 11) / 12;
        double[] budget = new double[years];
        Map<String, double[]> byFunder = new LinkedHashMap<>();
        for (Intervention i : programme.interventions()) {
            for (int m = 1; m <= programme.horizon(); m++) {
                double spend = plan.spendIn(i, m) * (1 - i.costShareIn(m));
                if (spend == 0) continue;
                budget[(m - 1) / 12] += spend;
                for (Funding f : Funding.of(programme, i)) {
                    byFunder.computeIfAbsent(f.funder(), k -> new double[years])[(m - 1) / 12] += spend * f.share();
                }
            }
        }
        for (CostLine c : programme.costLines()) {
            List<Funding> funders = Funding.of(programme, c);
            for (int m = 1; m <= programme.horizon(); m++) {
                double spend = c.spendIn(m);
                if (spend == 0) continue;
                budget[(m - 1) / 12] += spend;
                for (Funding f : funders) {
                    byFunder.computeIfAbsent(f.funder(), k -> new double[years])[(m - 1) / 12] += spend * f.share();
                }
            }
        }
        String currency = programme.currency();
        for (int y = 0; y < years; y++) {
            if (budget[y] == 0) continue;
            Element b = element(activity, "budget", "type", "1", "status", "1");
            period(b, programme, y);
            amount(b, budget[y], currency, first(programme, y));
        }
        byFunder.forEach((funder, amounts) -> {
            for (int y = 0; y < years; y++) {
                if (amounts[y] == 0) continue;
                Element d = element(activity, "planned-disbursement", "type", "1");
                period(d, programme, y);
                amount(d, amounts[y], currency, first(programme, y));
                Actor actor = programme.actor(funder).orElse(null);
                String ref = actor == null ? "" : actor.properties().text("ref");
                Element provider = element(d, "provider-org", "ref", ref.isEmpty() ? null : ref);
                Element narrative = element(provider, "narrative");
                narrative.appendChild(narrative.getOwnerDocument().createTextNode(actor == null ? funder : actor.displayName()));
            }
        });
    }

    private static YearMonth first(Programme programme, int year) {
        return programme.calendarMonth(year * 12 + 1);
    }

    private static void period(Element parent, Programme programme, int year) {
        int last = Math.min(programme.horizon(), (year + 1) * 12);
        element(parent, "period-start", "iso-date", first(programme, year).atDay(1).toString());
        element(parent, "period-end", "iso-date", programme.calendarMonth(last).atEndOfMonth().toString());
    }

    private static void amount(Element parent, double value, String currency, YearMonth from) {
        Element v = element(parent, "value", "currency", currency, "value-date", from.atDay(1).toString());
        v.appendChild(v.getOwnerDocument().createTextNode(
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()));
    }
}
