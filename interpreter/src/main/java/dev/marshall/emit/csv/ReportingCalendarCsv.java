package dev.marshall.emit.csv;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.ReportingCalendar;
import dev.marshall.emit.text.Csv;
import dev.marshall.emit.text.Quantities;

/**
 * The reporting calendar as CSV, one row per item due: for each reporting
 * period (calendar dates from the programme's start), the indicator reports
 * and the milestones falling due in it. Indicator values are in the
 * indicator's unit, percentages in percent; simulated columns are empty when
 * the programme was not simulated. Columns are described in docs/formats.md.
 */
public final class ReportingCalendarCsv implements Emitter {

    static final String[] HEADER = {"period", "period_start", "period_end", "kind", "id", "title", "level", "programme_month",
            "due_date", "frequency", "target", "unit", "value_p10", "value_p50", "value_p90", "p_target_met",
            "reached_p10", "reached_p50", "reached_p90", "p_on_time"};

    @Override
    public String render(Framework framework) {
        ReportingCalendar calendar = ReportingCalendar.of(framework.logframe());
        Csv csv = new Csv().row(HEADER);
        for (ReportingCalendar.CalendarPeriod period : calendar.periods()) {
            String[] common = {Integer.toString(period.index()), period.start().toString(), period.end().toString()};
            for (ReportingCalendar.IndicatorDue due : period.indicators()) {
                Logframe.IndicatorEntry i = due.indicator();
                Logframe.Period p = due.period();
                // The declared total target due in the period (one per year or period, or the one target) and its chance.
                Logframe.TargetEntry declared = i.totalTargetWithin(p.startMonth(), p.endMonth()).orElse(null);
                boolean target = declared != null;
                Logframe.Quantiles q = p.simulated();
                csv.row(common[0], common[1], common[2], "indicator", i.name(), i.title(), i.level(),
                        Integer.toString(p.endMonth()), p.end().toString(), i.frequency(),
                        target ? reported(declared.value(), i) : "", Quantities.unitLabel(i.unit()),
                        q == null ? "" : reported(q.p10(), i), q == null ? "" : reported(q.p50(), i),
                        q == null ? "" : reported(q.p90(), i),
                        target && declared.probabilityMet() != null ? Quantities.plain(declared.probabilityMet()) : "",
                        "", "", "", "");
                for (Logframe.TargetEntry g : i.targetsWithin(p.startMonth(), p.endMonth())) {
                    if (g.group() == null) continue; // a group's target: not simulated (the model has no value per group)
                    csv.row(common[0], common[1], common[2], "group_target", i.name(), g.groupLabel(), i.level(),
                            Integer.toString(g.month()), g.date().atEndOfMonth().toString(), i.frequency(),
                            reported(g.value(), i), Quantities.unitLabel(i.unit()), "", "", "", "", "", "", "", "");
                }
            }
            for (Logframe.MilestoneEntry m : period.milestones()) {
                Logframe.MilestoneForecast f = m.forecast();
                csv.row(common[0], common[1], common[2], "milestone", m.name(), m.title(), "",
                        Integer.toString(m.due()), m.dueMonth().atEndOfMonth().toString(), "", "", "", "", "", "", "",
                        f == null || f.p10() == null ? "" : Quantities.plain(f.p10()),
                        f == null || f.p50() == null ? "" : Quantities.plain(f.p50()),
                        f == null || f.p90() == null ? "" : Quantities.plain(f.p90()),
                        f == null ? "" : Quantities.plain(f.probabilityOnTime()));
            }
        }
        return csv.toString();
    }

    private static String reported(double value, Logframe.IndicatorEntry i) {
        return Quantities.plain(Quantities.reported(value, i.unit()));
    }
}
