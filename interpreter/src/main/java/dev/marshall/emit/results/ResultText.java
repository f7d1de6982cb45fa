package dev.marshall.emit.results;

import dev.marshall.emit.text.TextTable;

import dev.marshall.model.Indicator;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.model.Type;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.SimulationResult.IndicatorOutcome;
import dev.marshall.simulation.SimulationResult.InterventionOutcome;
import dev.marshall.simulation.SimulationResult.MilestoneOutcome;
import dev.marshall.simulation.SimulationResult.MonthlySpend;
import dev.marshall.simulation.SimulationResult.PeriodOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code simulate}'s default output, a table a designer reads: milestones
 * first (due month, probability on time, median month reached and the
 * p10–p90 spread), then indicators against their targets (the value at the
 * target month, its spread and the probability the target is met), then when
 * interventions ran and what was spent against the budget.
 */
public final class ResultText {
    private ResultText() {}

    public static String render(SimulationResult r, Programme programme) {
        StringBuilder out = new StringBuilder(4096);
        out.append(programme.title()).append('\n');
        out.append(r.runs()).append(r.runs() == 1 ? " run" : " runs").append(", seed ").append(r.seed())
                .append(", ").append(r.horizon()).append(" months");
        if (!r.overrides().isEmpty()) {
            List<String> fixed = new ArrayList<>();
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(r.overrides()).entrySet()) {
                fixed.add(e.getKey() + " = " + plain(e.getValue()));
            }
            out.append(", with ").append(String.join(", ", fixed));
        }
        if (r.quantileError() > 0) {
            // Said where the numbers are read: above the exact threshold the value quantiles come from a sketch.
            out.append("\nIndicator and spend quantiles are streamed: within ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f%%", 100 * r.quantileError()))
                    .append(" of the exact values; months and shares are exact");
        }
        out.append("\n\n");

        if (!r.milestones().isEmpty()) {
            TextTable t = new TextTable("Milestone", "", "due", "P(on time)", "p50 month", "p10-p90", "P(never)");
            for (MilestoneOutcome m : r.milestones()) {
                String title = programme.milestone(m.name()).map(Milestone::writtenName).orElse("");
                t.row(m.name(), title, "month " + m.due(), percent(m.probabilityOnTime()), month(m.p50()),
                        month(m.p10()) + "-" + month(m.p90()), percent(m.probabilityNever()));
            }
            t.render(out, 2);
            out.append('\n');
        }

        if (!r.indicators().isEmpty()) {
            TextTable t = new TextTable("Indicator", "target", "at target (p50)", "p10-p90", "P(target met)");
            for (IndicatorOutcome i : r.indicators()) {
                Indicator d = programme.indicator(i.name()).orElse(null);
                IndicatorUnit unit = d == null ? IndicatorUnit.NUMBER : d.unit();
                String target = d == null || d.target() == null ? "-"
                        : value(d.target().value(), unit, programme) + " by month " + d.target().byMonth();
                PeriodOutcome at = d == null || d.target() == null ? last(i) : periodAt(i, d.target().byMonth());
                // A target month that ends no reporting period: show the last report before it, saying which.
                String when = at != null && d != null && d.target() != null && at.month() != d.target().byMonth()
                        ? " (month " + at.month() + ")" : "";
                // Targets per year or period: each earlier one on a row of its own, judged by the report holding its month.
                for (dev.marshall.simulation.SimulationResult.TargetOutcome earlier : i.targets()) {
                    if (d == null || d.target() == null || earlier.month() == d.target().byMonth()) continue;
                    PeriodOutcome p = periodAt(i, earlier.month());
                    t.row(programme.displayName(i.name()), value(earlier.target(), unit, programme) + " by month " + earlier.month(),
                            p == null ? "-" : value(p.p50(), unit, programme) + (p.month() != earlier.month() ? " (month " + p.month() + ")" : ""),
                            p == null ? "-" : value(p.p10(), unit, programme) + " - " + value(p.p90(), unit, programme),
                            percent(earlier.probabilityMet()));
                }
                t.row(programme.displayName(i.name()), target, at == null ? "-" : value(at.p50(), unit, programme) + when,
                        at == null ? "-" : value(at.p10(), unit, programme) + " - " + value(at.p90(), unit, programme),
                        percent(i.probabilityTargetMet()));
            }
            t.render(out, 1);
            out.append('\n');
        }

        if (!r.interventions().isEmpty()) {
            TextTable t = new TextTable("Intervention", "start (p50)", "end (p50)", "P(started)");
            for (InterventionOutcome i : r.interventions()) {
                t.row(i.name(), month(i.startP50()), month(i.endP50()), percent(i.probabilityStarted()));
            }
            t.render(out, 1);
            out.append('\n');
        }

        if (!r.spend().isEmpty()) {
            MonthlySpend end = r.spend().get(r.spend().size() - 1);
            String currency = programme.currency() == null ? "" : " " + programme.currency();
            out.append("Spend by month ").append(end.month()).append(": ").append(money(end.p50())).append(currency)
                    .append(" (p10-p90 ").append(money(end.p10())).append(" - ").append(money(end.p90())).append(")")
                    .append(" of a budget of ").append(money(r.budget())).append(currency).append('\n');
        }
        return out.toString();
    }

    /** The period ending at the target month, or the last one before it. */
    private static PeriodOutcome periodAt(IndicatorOutcome i, int month) {
        PeriodOutcome found = null;
        for (PeriodOutcome p : i.periods()) if (p.month() <= month) found = p;
        return found;
    }

    private static PeriodOutcome last(IndicatorOutcome i) {
        return i.periods().isEmpty() ? null : i.periods().get(i.periods().size() - 1);
    }

    static String percent(double share) {
        if (Double.isNaN(share)) return "-";
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String month(Double m) {
        return m == null ? "never" : Long.toString(Math.round(m));
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A value in an indicator's unit: 12.5% for percentages, 1,550 EUR for money, 51.6 firms for counts. */
    static String value(double v, IndicatorUnit unit, Programme programme) {
        if (Double.isNaN(v)) return "-";
        if (unit.yesNo()) return v >= 0.5 ? "yes" : "no"; // kept as 1 or 0
        if (unit.percent()) return String.format(Locale.ROOT, "%.1f%%", v * 100);
        if (unit.type().kind() == Type.Kind.MONEY) return money(v) + " " + unit.type().currency();
        String n = Math.abs(v) >= 1000 ? money(v) : plain(v);
        return unit == IndicatorUnit.NUMBER || "number".equals(unit.name()) ? n : n + " " + unit.name();
    }

    /** Up to three decimals, without trailing zeros. */
    static String plain(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
