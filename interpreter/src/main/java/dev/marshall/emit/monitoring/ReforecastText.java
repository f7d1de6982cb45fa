package dev.marshall.emit.monitoring;

import dev.marshall.emit.text.Quantities;
import dev.marshall.emit.text.TextTable;
import dev.marshall.model.Indicator;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Reforecast;
import dev.marshall.monitor.Reforecast.IndicatorUpdate;
import dev.marshall.monitor.Reforecast.MilestoneUpdate;

/**
 * {@code monitor}'s default output: per milestone and per indicator the plan's
 * probability, the updated one, the updated p10–p50–p90 and the status with
 * the rule that decided it; then how much the actuals narrowed the runs.
 */
public final class ReforecastText {
    private ReforecastText() {}

    public static String render(Reforecast r, Programme programme) {
        StringBuilder out = new StringBuilder(2048);
        out.append(programme.title()).append(": forecast updated with the actuals to ")
                .append(programme.calendarMonth(r.asOf())).append(" (month ").append(r.asOf()).append(")\n");
        out.append(r.runs()).append(" runs, seed ").append(r.seed()).append(", ").append(r.actuals().size())
                .append(r.actuals().size() == 1 ? " observation" : " observations").append(", weighted as about ")
                .append(Math.round(r.effectiveRuns())).append(" runs (likelihood weighting, docs/language.md 11.7)\n\n");

        if (!r.milestones().isEmpty()) {
            TextTable t = new TextTable("Milestone", "due", "plan P(on time)", "updated", "p10-p50-p90 month", "status", "rule");
            for (MilestoneUpdate m : r.milestones()) {
                t.row(m.name(), "month " + m.due(), Quantities.percent(m.planOnTime()), Quantities.percent(m.updatedOnTime()),
                        month(m.p10()) + "-" + month(m.p50()) + "-" + month(m.p90()), m.status().word().text(), m.status().rule());
            }
            t.render(out, 1);
            out.append('\n');
        }
        if (!r.indicators().isEmpty()) {
            TextTable t = new TextTable("Indicator", "target", "plan P(target met)", "updated", "p10-p50-p90 at target", "status", "rule");
            for (IndicatorUpdate i : r.indicators()) {
                Indicator d = programme.indicator(i.name()).orElseThrow();
                IndicatorUnit unit = d.unit();
                String target = d.target() == null ? "-" : Quantities.of(d.target().value(), unit) + " by month " + d.target().byMonth();
                String band = Double.isNaN(i.p50()) ? "-"
                        : Quantities.approxOf(i.p10(), unit) + " / " + Quantities.approxOf(i.p50(), unit) + " / " + Quantities.approxOf(i.p90(), unit);
                t.row(i.name(), target, Quantities.percent(i.planTargetMet()), Quantities.percent(i.updatedTargetMet()), band,
                        i.status().word().text(), i.status().rule());
            }
            t.render(out, 1);
        }
        return out.toString();
    }

    static String month(Double m) {
        return m == null ? "never" : Long.toString(Math.round(m));
    }
}
