package dev.marshall.emit.logframe;

import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Logframe.MilestoneEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When what is due: the programme's time cut into reporting periods (as long
 * as its most frequent indicator's period, a quarter when no indicator says),
 * each listing the indicator reports that fall due in it (an indicator is due
 * at the end of each of its own reporting periods) and the milestones due in
 * it, with their simulated chances.
 */
public record ReportingCalendar(int periodMonths, List<CalendarPeriod> periods) {

    public ReportingCalendar {
        periods = List.copyOf(periods);
    }

    /** One calendar period, programme months {@code startMonth..endMonth}. */
    public record CalendarPeriod(int index, int startMonth, int endMonth, LocalDate start, LocalDate end,
                                 List<IndicatorDue> indicators, List<MilestoneEntry> milestones) {
        public CalendarPeriod {
            indicators = List.copyOf(indicators);
            milestones = List.copyOf(milestones);
        }
    }

    /** An indicator report due at the end of {@code period} (one of the indicator's own reporting periods). */
    public record IndicatorDue(IndicatorEntry indicator, Logframe.Period period) {}

    public static ReportingCalendar of(Logframe lf) {
        int grain = 0;
        for (IndicatorEntry i : lf.indicators()) {
            if (i.periodMonths() > 0 && (grain == 0 || i.periodMonths() < grain)) grain = i.periodMonths();
        }
        if (grain == 0) grain = 3;
        int horizon = lf.overview().horizon();
        List<CalendarPeriod> periods = new ArrayList<>();
        int index = 1;
        for (int start = 1; start <= horizon; start += grain) {
            int end = Math.min(horizon, start + grain - 1);
            List<IndicatorDue> due = new ArrayList<>();
            for (IndicatorEntry i : lf.indicators()) {
                for (Logframe.Period p : i.periods()) {
                    if (p.endMonth() >= start && p.endMonth() <= end) due.add(new IndicatorDue(i, p));
                }
            }
            List<MilestoneEntry> milestones = new ArrayList<>();
            for (MilestoneEntry m : lf.milestones()) if (m.due() >= start && m.due() <= end) milestones.add(m);
            if (!due.isEmpty() || !milestones.isEmpty()) {
                periods.add(new CalendarPeriod(index, start, end, lf.overview().start().plusMonths(start - 1L).atDay(1),
                        lf.overview().start().plusMonths(end - 1L).atEndOfMonth(), due, milestones));
            }
            index++;
        }
        return new ReportingCalendar(grain, periods);
    }
}
