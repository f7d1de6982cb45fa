package dev.marshall.emit.monitoring;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.text.Csv;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;

/**
 * {@code emit --format actuals-template}: the empty actuals file of a
 * programme (docs/formats.md, "Actuals"), a row for everything that can be
 * reported, in the month it is planned: each indicator at the end of each
 * reporting period, each milestone at its due month, each intervention's
 * start and finish, and the spend at the end of each year. Values are empty:
 * a row is read only once its value is filled in, so the template checks
 * clean as it is and fills up over the programme's life.
 */
public final class ActualsTemplate implements Emitter {

    @Override
    public String render(Framework framework) {
        return render(framework.programme());
    }

    public static String render(Programme p) {
        Csv csv = new Csv().row("date", "what", "value", "group", "note");
        for (Indicator i : p.indicators()) {
            if (i.periodMonths() <= 0) continue;
            for (int m = i.periodMonths(); m <= p.horizon(); m += i.periodMonths()) {
                csv.row(p.calendarMonth(m).toString(), i.name(), "", "", "value at the end of the period, in " + unit(i));
            }
        }
        for (Milestone m : p.milestones()) {
            csv.row(p.calendarMonth(m.due()).toString(), m.name(), "", "", "'reached', dated the month it was reached");
        }
        for (Intervention i : p.interventions()) {
            csv.row("", i.name(), "", "", "'started', dated its first month");
            csv.row("", i.name(), "", "", "'finished', dated its last month");
        }
        for (int m = Math.min(12, p.horizon()); m <= p.horizon(); m += 12) {
            csv.row(p.calendarMonth(m).toString(), "spend", "", "", "spent to date, in " + p.currency());
        }
        return csv.toString();
    }

    private static String unit(Indicator i) {
        if (i.unit().percent()) return "% (e.g. 14%)";
        return i.unit().name();
    }
}
