package dev.marshall.emit.results;

import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.SimulationResult.IndicatorOutcome;
import dev.marshall.simulation.SimulationResult.InterventionOutcome;
import dev.marshall.simulation.SimulationResult.MilestoneOutcome;
import dev.marshall.simulation.SimulationResult.MonthlySpend;
import dev.marshall.simulation.SimulationResult.PeriodOutcome;

/**
 * {@code simulate --format csv}: the result in long ("tidy") form, one
 * statistic per row, ready for a spreadsheet pivot or a data frame. Rows
 * from sialkot, 200 runs, seed 1, {@code --set trust_gain=0.04} (the golden
 * file {@code src/test/resources/simulation/sialkot.csv}):
 * <pre>
 * record,name,month,statistic,value
 * milestone,quick_win,6,p_on_time,0.61                 (month: the due month)
 * milestone,quick_win,,p50,6
 * indicator,export_value,3,p50,183815436.77968198      (month: the period's end)
 * indicator,export_value,36,p_target_met,1             (month: the target month)
 * intervention,diagnostic,,start_p50,1
 * spend,,12,p50,175833.33333333334                     (cumulative, programme currency)
 * </pre>
 * Numbers are written as in {@link ResultJson} (shortest exact digits, no
 * exponent below 1e15). Empty {@code value}: the quantile does not exist (see
 * {@link SimulationResult}).
 */
public final class ResultCsv {
    private ResultCsv() {}

    public static String render(SimulationResult r, dev.marshall.model.Programme programme) {
        StringBuilder out = new StringBuilder(8192);
        out.append("record,name,month,statistic,value\n");
        row(out, "run", "", "", "runs", (double) r.runs());
        row(out, "run", "", "", "seed", (double) r.seed());
        row(out, "run", "", "", "budget", r.budget());
        for (var e : new java.util.TreeMap<>(r.overrides()).entrySet()) row(out, "param", e.getKey(), "", "fixed", e.getValue());
        for (MilestoneOutcome m : r.milestones()) {
            String due = Integer.toString(m.due());
            row(out, "milestone", m.name(), due, "p_on_time", m.probabilityOnTime());
            row(out, "milestone", m.name(), "", "p_never", m.probabilityNever());
            row(out, "milestone", m.name(), "", "p10", m.p10());
            row(out, "milestone", m.name(), "", "p50", m.p50());
            row(out, "milestone", m.name(), "", "p90", m.p90());
        }
        for (IndicatorOutcome i : r.indicators()) {
            for (PeriodOutcome p : i.periods()) {
                String month = Integer.toString(p.month());
                row(out, "indicator", i.name(), month, "p10", p.p10());
                row(out, "indicator", i.name(), month, "p50", p.p50());
                row(out, "indicator", i.name(), month, "p90", p.p90());
            }
            String target = programme.indicator(i.name()).map(d -> d.target() == null ? "" : Integer.toString(d.target().byMonth())).orElse("");
            // Earlier targets (one per year or period) first, each with its month.
            for (var earlier : i.targets()) {
                if (!Integer.toString(earlier.month()).equals(target)) row(out, "indicator", i.name(), Integer.toString(earlier.month()), "p_target_met", earlier.probabilityMet());
            }
            row(out, "indicator", i.name(), target, "p_target_met", i.probabilityTargetMet());
        }
        for (InterventionOutcome i : r.interventions()) {
            row(out, "intervention", i.name(), "", "p_started", i.probabilityStarted());
            row(out, "intervention", i.name(), "", "start_p10", i.startP10());
            row(out, "intervention", i.name(), "", "start_p50", i.startP50());
            row(out, "intervention", i.name(), "", "start_p90", i.startP90());
            row(out, "intervention", i.name(), "", "end_p10", i.endP10());
            row(out, "intervention", i.name(), "", "end_p50", i.endP50());
            row(out, "intervention", i.name(), "", "end_p90", i.endP90());
        }
        for (MonthlySpend s : r.spend()) {
            String month = Integer.toString(s.month());
            row(out, "spend", "", month, "p10", s.p10());
            row(out, "spend", "", month, "p50", s.p50());
            row(out, "spend", "", month, "p90", s.p90());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String record, String name, String month, String statistic, Double value) {
        String v = ResultJson.number(value);
        out.append(record).append(',').append(name).append(',').append(month).append(',').append(statistic).append(',')
                .append(v.equals("null") ? "" : v).append('\n');
    }
}
