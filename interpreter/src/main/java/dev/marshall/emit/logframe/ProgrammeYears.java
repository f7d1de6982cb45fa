package dev.marshall.emit.logframe;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The programme's time cut into programme years, the grain donors budget and
 * set yearly targets in: year 1 is months 1–12 from {@code start}, and so on;
 * the last year ends with the horizon and may be shorter.
 */
public final class ProgrammeYears {
    private ProgrammeYears() {}

    /** One programme year: programme months {@code startMonth..endMonth} and their calendar months. */
    public record ProgrammeYear(int index, int startMonth, int endMonth, YearMonth start, YearMonth end) {

        public boolean holds(int month) {
            return month >= startMonth && month <= endMonth;
        }

        /**
         * The indicator's last reporting period that ends in this year: the value a
         * donor reads as "by the end of year N". Empty when none ends in it.
         */
        public Optional<Logframe.Period> lastPeriodOf(Logframe.IndicatorEntry indicator) {
            Logframe.Period last = null;
            for (Logframe.Period p : indicator.periods()) if (holds(p.endMonth())) last = p;
            return Optional.ofNullable(last);
        }
    }

    public static List<ProgrammeYear> of(Logframe.Overview overview) {
        List<ProgrammeYear> years = new ArrayList<>();
        int horizon = overview.horizon();
        for (int first = 1, index = 1; first <= horizon; first += 12, index++) {
            int last = Math.min(horizon, first + 11);
            years.add(new ProgrammeYear(index, first, last, overview.start().plusMonths(first - 1L),
                    overview.start().plusMonths(last - 1L)));
        }
        return years;
    }
}
