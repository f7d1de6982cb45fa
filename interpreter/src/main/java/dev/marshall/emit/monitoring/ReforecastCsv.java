package dev.marshall.emit.monitoring;

import dev.marshall.emit.text.Csv;
import dev.marshall.emit.text.Quantities;
import dev.marshall.monitor.Reforecast;
import dev.marshall.monitor.Reforecast.IndicatorUpdate;
import dev.marshall.monitor.Reforecast.MilestoneUpdate;

/**
 * {@code monitor --format csv}: one row per milestone and indicator —
 * {@code kind,name,due_or_target_month,plan_p,updated_p,p10,p50,p90,status,rule}.
 * Probabilities are shares (0..1); months and values are plain numbers, an
 * empty month quantile is "never".
 */
public final class ReforecastCsv {
    private ReforecastCsv() {}

    public static String render(Reforecast r) {
        Csv csv = new Csv().row("kind", "name", "month", "plan_p", "updated_p", "p10", "p50", "p90", "status", "rule");
        for (MilestoneUpdate m : r.milestones()) {
            csv.row("milestone", m.name(), Integer.toString(m.due()), Quantities.plain(m.planOnTime()), Quantities.plain(m.updatedOnTime()),
                    ReforecastText.month(m.p10()), ReforecastText.month(m.p50()), ReforecastText.month(m.p90()),
                    m.status().word().text(), m.status().rule());
        }
        for (IndicatorUpdate i : r.indicators()) {
            csv.row("indicator", i.name(), Integer.toString(i.targetMonth()), Quantities.plain(i.planTargetMet()),
                    Quantities.plain(i.updatedTargetMet()), Quantities.plainApprox(i.p10()), Quantities.plainApprox(i.p50()),
                    Quantities.plainApprox(i.p90()), i.status().word().text(), i.status().rule());
        }
        return csv.toString();
    }
}
