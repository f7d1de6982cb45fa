package dev.marshall.emit.csv;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.text.Csv;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * The logframe as one CSV table for spreadsheets (the form FCDO and EU
 * logframes usually travel in): one row per result and indicator — goal,
 * outcomes, outputs — then one row per activity, then assumptions and risks.
 * Results without an indicator still get a row. Numbers are plain (no
 * grouping); percentages are in percent. Columns are described in
 * docs/formats.md.
 */
public final class LogframeCsv implements Emitter {

    static final List<String> HEADER = List.of("level", "ref", "result", "indicator", "indicator_title", "unit", "baseline",
            "baseline_date", "target", "target_date", "means_of_verification", "frequency", "responsible", "disaggregation",
            "simulated_p10", "simulated_p50", "simulated_p90", "p_target_met", "lead", "partners", "targets", "planned_start",
            "planned_end", "simulated_start_p50", "simulated_end_p50", "cost", "cost_share", "risk", "notes");

    @Override
    public String render(Framework framework) {
        Logframe lf = framework.logframe();
        Csv csv = new Csv().row(HEADER);
        results(csv, "goal", "G", lf.goal().statement(), lf.goal().indicators());
        for (Logframe.Outcome o : lf.outcomes()) {
            results(csv, "outcome", o.ref(), o.title(), o.indicators());
            for (Logframe.Output out : o.outputs()) {
                results(csv, "output", out.ref(), out.title() + " (" + (out.declared() ? out.result() : out.intervention()) + ")", out.indicators());
            }
        }
        if (!lf.otherIndicators().isEmpty()) results(csv, "other", "", "", lf.otherIndicators());
        for (Logframe.Output output : lf.outputs()) for (Logframe.Work out : output.work()) {
            Logframe.Activity a = out.activity();
            List<String> row = empty();
            set(row, "level", "activity");
            set(row, "ref", output.ref());
            set(row, "result", out.title() + " (" + out.intervention() + ")");
            set(row, "lead", a.lead() == null ? "" : a.lead().title());
            set(row, "partners", names(a.partners()));
            set(row, "targets", names(a.targets()));
            set(row, "planned_start", a.planned().start() == null ? "" : a.planned().start().toString());
            set(row, "planned_end", a.planned().end() == null ? "" : a.planned().end().toString());
            if (a.simulated() != null) {
                set(row, "simulated_start_p50", month(lf, a.simulated().startP50()));
                set(row, "simulated_end_p50", month(lf, a.simulated().endP50()));
            }
            set(row, "cost", Quantities.plain(a.cost()));
            set(row, "cost_share", a.costShare() == null ? "" : Quantities.plain(a.costShare() * 100));
            set(row, "risk", a.risk());
            set(row, "notes", a.waitsFor().isEmpty() ? "" : "waits for " + String.join("; ", a.waitsFor()));
            csv.row(row);
        }
        for (Logframe.AssumptionEntry a : lf.assumptions()) {
            List<String> row = empty();
            set(row, "level", "assumption");
            set(row, "result", a.text());
            set(row, "notes", a.narrative());
            csv.row(row);
        }
        for (Logframe.RiskEntry r : lf.risks()) {
            List<String> row = empty();
            set(row, "level", "risk");
            set(row, "result", r.text());
            set(row, "notes", r.mitigation().isEmpty() ? "" : "mitigation: " + r.mitigation());
            csv.row(row);
        }
        return csv.toString();
    }

    private static void results(Csv csv, String level, String ref, String result, List<IndicatorEntry> indicators) {
        if (indicators.isEmpty()) {
            List<String> row = empty();
            set(row, "level", level);
            set(row, "ref", ref);
            set(row, "result", result);
            csv.row(row);
            return;
        }
        for (IndicatorEntry i : indicators) {
            List<String> row = empty();
            set(row, "level", level);
            set(row, "ref", ref);
            set(row, "result", result);
            set(row, "indicator", i.name());
            set(row, "indicator_title", i.title());
            set(row, "unit", Quantities.unitLabel(i.unit()));
            set(row, "baseline", i.baseline() == null ? "" : reported(i.baseline(), i));
            set(row, "baseline_date", i.baselineMonth() == null ? "" : i.baselineMonth().toString());
            set(row, "target", i.target() == null ? "" : reported(i.target().value(), i));
            set(row, "target_date", i.target() == null ? "" : i.target().date().toString());
            set(row, "means_of_verification", i.source());
            set(row, "frequency", i.frequency());
            set(row, "responsible", i.responsible() == null ? "" : i.responsible().title());
            set(row, "disaggregation", String.join("; ", i.disaggregationKeys()));
            i.simulatedAtTarget().ifPresent(q -> {
                set(row, "simulated_p10", reported(q.p10(), i));
                set(row, "simulated_p50", reported(q.p50(), i));
                set(row, "simulated_p90", reported(q.p90(), i));
            });
            set(row, "p_target_met", i.probabilityTargetMet() == null ? "" : Quantities.plain(i.probabilityTargetMet()));
            csv.row(row);
        }
    }

    private static List<String> empty() {
        List<String> row = new ArrayList<>(HEADER.size());
        for (int i = 0; i < HEADER.size(); i++) row.add("");
        return row;
    }

    private static void set(List<String> row, String column, String value) {
        int index = HEADER.indexOf(column);
        if (index < 0) throw new IllegalArgumentException("no column " + column);
        row.set(index, value == null ? "" : value);
    }

    private static String names(List<Logframe.ActorRef> actors) {
        List<String> names = new ArrayList<>();
        actors.forEach(a -> names.add(a.title()));
        return String.join("; ", names);
    }

    private static String month(Logframe lf, Double programmeMonth) {
        if (programmeMonth == null) return "";
        return lf.overview().start().plusMonths(Math.round(programmeMonth) - 1).toString();
    }

    private static String reported(double value, IndicatorEntry i) {
        return Quantities.plain(Quantities.reported(value, i.unit()));
    }
}
