package dev.marshall.emit.xlsx;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.ProgrammeYears.ProgrammeYear;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The logframe in the layout of EU and FCDO templates: level, results
 * statement, indicator, baseline, a column per programme year, the target,
 * means of verification, assumptions and risks. One row per indicator; a
 * result's level, reference and statement are merged over its indicator rows.
 * Goal, outcomes and outputs come first, then the activities (their inputs in
 * money, lead and timing), then the programme's risks.
 *
 * <p>A year column holds the declared target in the year it falls due; in
 * the years before it, when simulated, the suggested milestone — the
 * simulated median at the end of the indicator's last reporting period in
 * that year, in italics. The programme's assumptions stand at the goal level
 * (the language does not tie them to a level).
 */
final class LogframeSheet {
    static final String NAME = "Logframe";

    static final Column LEVEL = new Column("Level", 11);
    static final Column REF = new Column("Ref", 5);
    static final Column STATEMENT = new Column("Results statement", 36);
    static final Column INDICATOR = new Column("Indicator", 30);
    static final Column UNIT = new Column("Unit", 9);
    static final Column BASELINE = new Column("Baseline", 13);
    static final Column BASELINE_DATE = new Column("Baseline date", 10);
    static final Column TARGET = new Column("Target", 13);
    static final Column TARGET_DATE = new Column("Target date", 10);
    static final Column SOURCE = new Column("Means of verification", 30);
    static final Column ASSUMPTIONS = new Column("Assumptions and risks", 36);

    private final Logframe lf;
    private final CellStyles styles;
    private final List<ProgrammeYear> years;
    private final List<Column> yearColumns = new ArrayList<>();
    private SheetTable table;

    LogframeSheet(Logframe lf, CellStyles styles, List<ProgrammeYear> years) {
        this.lf = lf;
        this.styles = styles;
        this.years = years;
    }

    /** The header of year {@code y}: "Year 1 (Jan 2027 – Dec 2027)". */
    static String yearTitle(ProgrammeYear y) {
        return "Year " + y.index() + " (" + dev.marshall.emit.text.Dates.month(y.start()) + " – "
                + dev.marshall.emit.text.Dates.month(y.end()) + ")";
    }

    void write(XSSFWorkbook workbook) {
        List<Column> columns = new ArrayList<>(List.of(LEVEL, REF, STATEMENT, INDICATOR, UNIT, BASELINE, BASELINE_DATE));
        for (ProgrammeYear y : years) yearColumns.add(new Column(yearTitle(y), 13));
        columns.addAll(yearColumns);
        columns.addAll(List.of(TARGET, TARGET_DATE, SOURCE, ASSUMPTIONS));
        table = new SheetTable(workbook.createSheet(NAME), styles, columns, 3);

        List<String> assumptions = new ArrayList<>();
        for (Logframe.AssumptionEntry a : lf.assumptions()) assumptions.add(a.text());
        result("Goal", "G", lf.goal().statement(), lf.goal().indicators(), String.join("\n", assumptions));
        for (Logframe.Outcome o : lf.outcomes()) {
            result("Outcome", o.ref(), o.title(), o.indicators(), "");
            for (Logframe.Output out : o.outputs()) {
                String statement = out.title();
                if (out.indicators().isEmpty() && !out.measuredAlsoBy().isEmpty()) {
                    statement += "\n(measured at a higher level by " + String.join(", ", out.measuredAlsoBy()) + ")";
                }
                result("Output", out.ref(), statement, out.indicators(), "");
            }
        }
        if (!lf.otherIndicators().isEmpty()) {
            result("Other", "", "Indicators measuring no result of the logframe", lf.otherIndicators(), "");
        }
        for (Logframe.Output out : lf.outputs()) for (Logframe.Work w : out.work()) activity(out.ref(), w);
        for (Logframe.RiskEntry r : lf.risks()) {
            table.line().text(LEVEL, "Risk", styles.strong()).text(STATEMENT, r.text())
                    .text(ASSUMPTIONS, r.mitigation().isEmpty() ? "Mitigation: none written" : "Mitigation: " + r.mitigation());
        }
    }

    private void result(String level, String ref, String statement, List<IndicatorEntry> indicators, String assumptions) {
        int first = table.nextRow();
        if (indicators.isEmpty()) {
            table.line().text(LEVEL, level, styles.strong()).text(REF, ref).text(STATEMENT, statement).text(ASSUMPTIONS, assumptions);
            return;
        }
        for (int n = 0; n < indicators.size(); n++) {
            SheetTable.Line line = table.line();
            if (n == 0) line.text(LEVEL, level, styles.strong()).text(REF, ref).text(STATEMENT, statement).text(ASSUMPTIONS, assumptions);
            indicator(line, indicators.get(n));
        }
        int last = table.nextRow() - 1;
        for (Column c : List.of(LEVEL, REF, STATEMENT, ASSUMPTIONS)) table.merge(c, first, last);
    }

    private void indicator(SheetTable.Line line, IndicatorEntry i) {
        line.text(INDICATOR, i.title()).text(UNIT, Quantities.unitLabel(i.unit()));
        if (i.baseline() != null) {
            line.number(BASELINE, i.baseline(), styles.of(i.baseline(), i.unit(), false)).month(BASELINE_DATE, i.baselineMonth());
        }
        for (int y = 0; y < years.size(); y++) {
            Optional<Milestone> m = yearValue(years.get(y), i, lf.simulation().isPresent());
            if (m.isPresent()) line.number(yearColumns.get(y), m.get().value(), styles.of(m.get().value(), i.unit(), m.get().forecast()));
        }
        if (i.target() != null) {
            line.number(TARGET, i.target().value(), styles.of(i.target().value(), i.unit(), false)).month(TARGET_DATE, i.target().date());
        }
        line.text(SOURCE, i.source());
    }

    /** What a year column shows for an indicator: the target, or a simulated milestone before it. */
    record Milestone(double value, boolean forecast) {}

    static Optional<Milestone> yearValue(ProgrammeYear year, IndicatorEntry i, boolean simulated) {
        // A declared target (the one target, or the year's own when there is one per year or period) comes first.
        Optional<Logframe.TargetEntry> declared = i.targets().stream().filter(t -> t.group() == null && year.holds(t.month()))
                .reduce((a, b) -> b.month() >= a.month() ? b : a);
        if (declared.isPresent()) return Optional.of(new Milestone(declared.get().value(), false));
        if (i.target() != null && year.holds(i.target().month())) return Optional.of(new Milestone(i.target().value(), false));
        if (!simulated || (i.target() != null && year.startMonth() > i.target().month())) return Optional.empty();
        return year.lastPeriodOf(i).filter(p -> p.simulated() != null)
                .map(p -> new Milestone(Quantities.approxValue(p.simulated().p50(), i.unit()), true));
    }

    private void activity(String ref, Logframe.Work out) {
        Logframe.Activity a = out.activity();
        String currency = lf.overview().currency();
        List<String> inputs = new ArrayList<>();
        inputs.add("Inputs: " + Quantities.money(a.cost(), currency)
                + (a.costShare() == null ? "" : " (beneficiaries pay " + Wording.costShare(a) + ")"));
        if (a.lead() != null) inputs.add("Lead: " + a.lead().display());
        if (a.exit() != null) inputs.add("Exit: " + a.exit().describe());
        if (!a.partners().isEmpty()) inputs.add("Partners: " + actors(a.partners()));
        List<String> risks = new ArrayList<>();
        if (a.risk().equals("high")) risks.add("High risk");
        if (!a.waitsFor().isEmpty()) risks.add("Waits for " + String.join("; ", a.waitsFor()));
        inputs.add("Planned: " + dev.marshall.emit.logframe.Wording.planned(a));
        table.line().text(LEVEL, "Activity", styles.strong()).text(REF, ref)
                .text(STATEMENT, out.title()).text(INDICATOR, String.join("\n", inputs))
                .text(ASSUMPTIONS, String.join("\n", risks));
    }

    static String actors(List<Logframe.ActorRef> actors) {
        List<String> names = new ArrayList<>();
        for (Logframe.ActorRef a : actors) names.add(a.display());
        return String.join(", ", names);
    }
}
