package dev.marshall.emit.xlsx;

import dev.marshall.emit.logframe.FundingByYear;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.ProgrammeYears.ProgrammeYear;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The budget by activity and programme year. Each activity's cost is spread
 * as the simulation spends it (language.md §11.4: evenly over its planned
 * months, the months past the horizon not spent), read from the logframe's
 * planned spend; cost planned past the horizon gets a column of its own. The
 * cost share splits each cost into what the beneficiaries pay and what the
 * programme pays. Totals are spreadsheet formulas (so a desk officer can edit
 * a line), then the declared budget and what remains of it, then the planned
 * and, when simulated, the simulated cumulative spend by the end of each year. The programme-level cost lines
 * follow the activities as rows of their own (C1, C2, …), counted in the totals.
 */
final class BudgetSheet {
    static final String NAME = "Budget";

    static final Column REF = new Column("Ref", 5);
    static final Column ACTIVITY = new Column("Activity", 28);
    static final Column OUTCOME = new Column("Outcome", 24);
    static final Column COST = new Column("Total cost", 14);
    static final Column SHARE = new Column("Cost share", 8);
    static final Column CONTRIBUTION = new Column("Beneficiaries' contribution", 14);
    static final Column PROGRAMME = new Column("Programme funds", 14);
    static final Column BEYOND = new Column("After the horizon", 14);

    private final Logframe lf;
    private final CellStyles styles;
    private final List<ProgrammeYear> years;

    BudgetSheet(Logframe lf, CellStyles styles, List<ProgrammeYear> years) {
        this.lf = lf;
        this.styles = styles;
        this.years = years;
    }

    void write(XSSFWorkbook workbook) {
        Logframe.Overview o = lf.overview();
        List<Column> yearColumns = new ArrayList<>();
        for (ProgrammeYear y : years) yearColumns.add(new Column(LogframeSheet.yearTitle(y), 14));
        boolean beyond = lf.work().stream().anyMatch(out -> out.activity().plannedBeyondHorizon() != 0);
        List<Column> columns = new ArrayList<>(List.of(REF, ACTIVITY, OUTCOME, COST, SHARE, CONTRIBUTION, PROGRAMME));
        columns.addAll(yearColumns);
        if (beyond) columns.add(BEYOND);
        List<Column> summed = new ArrayList<>(List.of(COST, CONTRIBUTION, PROGRAMME));
        summed.addAll(yearColumns);
        if (beyond) summed.add(BEYOND);
        SheetTable table = new SheetTable(workbook.createSheet(NAME), styles, columns, 2);
        CellStyle money = styles.money(o.currency(), cents(lf));

        int first = table.nextRow();
        for (Logframe.Outcome outcome : lf.outcomes()) {
            for (Logframe.Output output : outcome.outputs()) for (Logframe.Work out : output.work()) {
                Logframe.Activity a = out.activity();
                SheetTable.Line line = table.line().text(REF, output.ref()).text(ACTIVITY, out.title())
                        .text(OUTCOME, outcome.title()).number(COST, a.cost(), money)
                        .number(SHARE, a.costShare(), styles.share(a.costShare() == null ? 0 : a.costShare()))
                        .number(CONTRIBUTION, a.beneficiaryContribution(), money);
                line.formula(PROGRAMME, line.address(COST) + "-" + line.address(CONTRIBUTION), money);
                for (int y = 0; y < years.size(); y++) {
                    line.number(yearColumns.get(y), a.plannedSpend(years.get(y).startMonth(), years.get(y).endMonth()), money);
                }
                if (beyond) line.number(BEYOND, a.plannedBeyondHorizon(), money);
            }
        }
        // The programme-level cost lines (CDA and staff, management, M&E, equipment): no activity, no cost share.
        int lineNumber = 1;
        for (Logframe.CostLineEntry c : lf.costLines()) {
            SheetTable.Line line = table.line().text(REF, "C" + lineNumber++).text(ACTIVITY, c.title())
                    .text(OUTCOME, "Programme cost line: " + c.category()).number(COST, c.total(), money)
                    .number(CONTRIBUTION, 0.0, money);
            line.formula(PROGRAMME, line.address(COST) + "-" + line.address(CONTRIBUTION), money);
            for (int y = 0; y < years.size(); y++) {
                line.number(yearColumns.get(y), c.plannedSpend(years.get(y).startMonth(), years.get(y).endMonth()), money);
            }
            if (beyond) line.number(BEYOND, 0.0, money);
        }
        int last = table.nextRow() - 1;
        SheetTable.Line total = table.line().text(ACTIVITY, "Total planned cost", styles.strong());
        for (Column c : summed) {
            if (last >= first) total.formula(c, "SUM(" + cell(table, c, first) + ":" + cell(table, c, last) + ")", money);
        }
        int totalRow = total.index();
        SheetTable.Line budget = table.line().text(ACTIVITY, "Declared budget", styles.strong()).number(COST, o.budget(), money);
        table.line().text(ACTIVITY, "Budget less planned cost", styles.strong())
                .formula(COST, cell(table, COST, budget.index()) + "-" + cell(table, COST, totalRow), money);

        // Who pays what by year, when the programme declares its funders; the beneficiaries pay their cost shares.
        for (FundingByYear.Row r : FundingByYear.of(lf)) {
            SheetTable.Line line = table.line().text(ACTIVITY, r.funder() == null ? "Paid by the beneficiaries (cost shares)" : "Paid by " + r.funder().title());
            for (int y = 0; y < years.size(); y++) line.number(yearColumns.get(y), r.byYear().get(y), money);
            line.number(r.funder() == null ? CONTRIBUTION : PROGRAMME, r.total(), money);
        }

        SheetTable.Line planned = table.line().text(ACTIVITY, "Planned spend by the end of the year (cumulative)");
        for (int y = 0; y < years.size(); y++) {
            planned.number(yearColumns.get(y), o.plannedSpend().get(years.get(y).endMonth() - 1), money);
        }
        lf.simulation().ifPresent(s -> {
            String[] names = {"p10", "p50", "p90"};
            for (int q = 0; q < 3; q++) {
                SheetTable.Line line = table.line().text(ACTIVITY, "Simulated spend by the end of the year (cumulative), " + names[q]);
                for (int y = 0; y < years.size(); y++) {
                    int month = years.get(y).endMonth();
                    for (Logframe.SpendPoint p : s.spend()) {
                        if (p.month() == month) line.number(yearColumns.get(y), q == 0 ? p.p10() : q == 1 ? p.p50() : p.p90(), money);
                    }
                }
            }
        });
    }

    /** Whether any declared amount has cents: then every amount shows them. */
    private static boolean cents(Logframe lf) {
        if (CellStyles.decimals(lf.overview().budget()) > 0) return true;
        for (Logframe.Work out : lf.work()) if (CellStyles.decimals(out.activity().cost()) > 0) return true;
        for (Logframe.CostLineEntry c : lf.costLines()) if (CellStyles.decimals(c.monthly()) > 0 || CellStyles.decimals(c.total()) > 0) return true;
        return false;
    }

    private static String cell(SheetTable table, Column column, int row) {
        return new org.apache.poi.ss.util.CellReference(row, table.index(column)).formatAsString();
    }
}
