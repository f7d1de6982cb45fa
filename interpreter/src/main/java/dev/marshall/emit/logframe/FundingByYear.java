package dev.marshall.emit.logframe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who pays what by programme year, for every format that shows it (the markdown logframe, the report, the
 * workbook's Budget sheet): a row per funder — its share of each activity's programme funds (cost less the
 * beneficiaries' cost share, month by month when the share rises) and of each programme-level cost line it funds,
 * spread as they are planned — then the beneficiaries' cost shares. Empty
 * when the programme declares no funder, so programmes without funders show what they did before.
 */
public final class FundingByYear {
    private FundingByYear() {}

    /** One row: who ({@code funder} null for the beneficiaries), what they pay in each programme year, and in all. */
    public record Row(Logframe.ActorRef funder, List<Double> byYear, double total, Double commits) {
        public Row {
            byYear = List.copyOf(byYear);
        }

        /** The funder's display name, or "Beneficiaries (cost shares)". */
        public String who() {
            return funder == null ? "Beneficiaries (cost shares)" : funder.display();
        }
    }

    public static List<Row> of(Logframe lf) {
        Map<String, Logframe.ActorRef> funders = new LinkedHashMap<>();
        Map<String, Double> commits = new LinkedHashMap<>();
        for (Logframe.Work out : lf.work()) {
            for (Logframe.FundedBy f : out.activity().funders()) {
                funders.putIfAbsent(f.funder().name(), f.funder());
                if (f.commits() != null) commits.put(f.funder().name(), f.commits());
            }
        }
        for (Logframe.CostLineEntry c : lf.costLines()) {
            for (Logframe.FundedBy f : c.funders()) {
                funders.putIfAbsent(f.funder().name(), f.funder());
                if (f.commits() != null) commits.put(f.funder().name(), f.commits());
            }
        }
        if (funders.isEmpty()) return List.of();
        List<ProgrammeYears.ProgrammeYear> years = ProgrammeYears.of(lf.overview());
        List<Row> rows = new ArrayList<>();
        for (Logframe.ActorRef funder : funders.values()) {
            List<Double> byYear = new ArrayList<>();
            for (ProgrammeYears.ProgrammeYear y : years) {
                double paid = 0;
                for (Logframe.Work out : lf.work()) {
                    for (Logframe.FundedBy f : out.activity().funders()) {
                        if (f.funder().name().equals(funder.name())) paid += out.activity().fundedIn(f, y.startMonth(), y.endMonth());
                    }
                }
                for (Logframe.CostLineEntry c : lf.costLines()) {
                    for (Logframe.FundedBy f : c.funders()) {
                        if (f.funder().name().equals(funder.name())) paid += c.fundedIn(f, y.startMonth(), y.endMonth());
                    }
                }
                byYear.add(paid);
            }
            rows.add(new Row(funder, byYear, byYear.stream().mapToDouble(Double::doubleValue).sum(), commits.get(funder.name())));
        }
        List<Double> beneficiaries = new ArrayList<>();
        for (ProgrammeYears.ProgrammeYear y : years) {
            double paid = 0;
            for (Logframe.Work out : lf.work()) {
                Logframe.Activity a = out.activity();
                paid += a.beneficiariesIn(y.startMonth(), y.endMonth());
            }
            beneficiaries.add(paid);
        }
        rows.add(new Row(null, beneficiaries, beneficiaries.stream().mapToDouble(Double::doubleValue).sum(), null));
        return rows;
    }
}
