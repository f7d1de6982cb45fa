package dev.marshall.emit.xlsx;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.text.Dates;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workplan: one row per activity (then one per milestone) with lead,
 * partners, planned start and end, what it waits for and, when simulated,
 * its start and end p10–p90; then a Gantt grid, one narrow column per month
 * of the horizon (per quarter beyond five years). "P" on the dark fill marks
 * the planned months; "s" on the light fill the months outside the plan in
 * which the simulation has it running (from its start p10 to its end p90).
 * A milestone's due month is "M"; "s" its simulated p10–p90 window.
 */
final class WorkplanSheet {
    static final String NAME = "Workplan";
    /** Beyond this horizon the grid has a column per quarter, not per month. */
    static final int MONTHLY_UP_TO = 60;

    static final Column REF = new Column("Ref", 5);
    static final Column ACTIVITY = new Column("Activity / milestone", 28);
    static final Column LEAD = new Column("Lead", 20);
    static final Column PARTNERS = new Column("Partners", 24);
    static final Column START = new Column("Planned start", 10);
    static final Column END = new Column("Planned end / due", 10);
    static final Column MONTHS = new Column("Months", 7);
    static final Column WAITS = new Column("Waits for", 22);
    static final Column START_P10 = new Column("Simulated start, p10", 9);
    static final Column START_P50 = new Column("Simulated start, p50", 9);
    static final Column START_P90 = new Column("Simulated start, p90", 9);
    static final Column END_P10 = new Column("Simulated end, p10", 9);
    static final Column END_P50 = new Column("Simulated end, p50", 9);
    static final Column END_P90 = new Column("Simulated end, p90", 9);
    static final Column P_STARTED = new Column("P(started) / P(on time)", 9);

    private final Logframe lf;
    private final CellStyles styles;
    private final List<Column> grid = new ArrayList<>();
    private int step;

    WorkplanSheet(Logframe lf, CellStyles styles) {
        this.lf = lf;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook) {
        boolean simulated = lf.simulation().isPresent();
        List<Column> columns = new ArrayList<>(List.of(REF, ACTIVITY, LEAD, PARTNERS, START, END, MONTHS, WAITS));
        if (simulated) columns.addAll(List.of(START_P10, START_P50, START_P90, END_P10, END_P50, END_P90, P_STARTED));
        int horizon = lf.overview().horizon();
        step = horizon <= MONTHLY_UP_TO ? 1 : 3;
        for (int m = 1; m <= horizon; m += step) {
            String title = Dates.month(lf.overview().start().plusMonths(m - 1L));
            grid.add(Column.upright(step == 1 ? title : "Q from " + title));
        }
        columns.addAll(grid);
        SheetTable table = new SheetTable(workbook.createSheet(NAME), styles, columns, 2);

        for (Logframe.Output output : lf.outputs()) for (Logframe.Work out : output.work()) {
            Logframe.Activity a = out.activity();
            SheetTable.Line line = table.line().text(REF, output.ref()).text(ACTIVITY, out.title())
                    .text(LEAD, a.lead() == null ? "" : a.lead().display()).text(PARTNERS, LogframeSheet.actors(a.partners()))
                    .month(START, a.planned().start()).month(END, a.planned().end())
                    .number(MONTHS, (double) a.planned().duration(), styles.count())
                    .text(WAITS, String.join("; ", a.waitsFor()));
            Logframe.SimulatedTiming s = a.simulated();
            if (simulated && s != null) {
                month(line, START_P10, s.startP10());
                month(line, START_P50, s.startP50());
                month(line, START_P90, s.startP90());
                month(line, END_P10, s.endP10());
                month(line, END_P50, s.endP50());
                month(line, END_P90, s.endP90());
                line.number(P_STARTED, s.probabilityStarted(), styles.probability());
            }
            Integer from = a.planned().startMonth();
            Integer to = a.planned().endMonth();
            Double simFrom = s == null ? null : s.startP10();
            Double simTo = s == null ? null : s.endP90();
            gantt(line, from, to, simFrom, simTo, "P");
        }
        for (Logframe.MilestoneEntry m : lf.milestones()) {
            SheetTable.Line line = table.line().text(ACTIVITY, "Milestone: " + m.title(), styles.strong()).month(END, m.dueMonth());
            Logframe.MilestoneForecast f = m.forecast();
            if (simulated && f != null) {
                month(line, END_P10, f.p10());
                month(line, END_P50, f.p50());
                month(line, END_P90, f.p90());
                line.number(P_STARTED, f.probabilityOnTime(), styles.probability());
            }
            gantt(line, m.due(), m.due(), f == null ? null : f.p10(), f == null ? null : f.p90(), "M");
        }
    }

    /** A simulated programme month as its calendar month. */
    private void month(SheetTable.Line line, Column column, Double programmeMonth) {
        if (programmeMonth == null) return;
        line.month(column, lf.overview().start().plusMonths(Math.round(programmeMonth) - 1));
    }

    private void gantt(SheetTable.Line line, Integer from, Integer to, Double simFrom, Double simTo, String letter) {
        for (int c = 0; c < grid.size(); c++) {
            int first = c * step + 1;
            int last = first + step - 1;
            boolean planned = from != null && to != null && from <= last && to >= first;
            boolean simulated = simFrom != null && simTo != null && Math.round(simFrom) <= last && Math.round(simTo) >= first;
            if (planned) line.mark(grid.get(c), letter, true);
            else if (simulated) line.mark(grid.get(c), "s", false);
        }
    }
}
