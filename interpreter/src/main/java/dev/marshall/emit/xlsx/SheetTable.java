package dev.marshall.emit.xlsx;

import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet laid out as a table: a bold header row, frozen (with the first
 * {@code frozenColumns} columns) so it stays in view, repeated on every
 * printed page, columns of set widths, then one {@link Line} per row.
 */
final class SheetTable {
    private final XSSFSheet sheet;
    private final CellStyles styles;
    private final List<Column> columns;
    private int next = 1;

    SheetTable(XSSFSheet sheet, CellStyles styles, List<Column> columns, int frozenColumns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = List.copyOf(columns);
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < this.columns.size(); c++) {
            Column column = this.columns.get(c);
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(column.title);
            cell.setCellStyle(column.upright ? styles.upright() : styles.header());
            sheet.setColumnWidth(c, column.width * 256);
        }
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    Line line() {
        return new Line(sheet.createRow(next++));
    }

    /** The 0-based index of the next row to be written. */
    int nextRow() {
        return next;
    }

    /** The 0-based index of a column of this table. */
    int index(Column column) {
        for (int c = 0; c < columns.size(); c++) if (columns.get(c) == column) return c;
        throw new IllegalArgumentException("no column " + column + " in sheet " + sheet.getSheetName());
    }

    /** Merges a column over rows {@code first..last} (0-based), the way templates show one result over its indicators. */
    void merge(Column column, int first, int last) {
        if (last > first) sheet.addMergedRegion(new CellRangeAddress(first, last, index(column), index(column)));
    }

    /** The most characters a cell holds (the file format's limit; POI refuses more). */
    static final int CELL_LIMIT = 32_767;

    /** Text cut to what a cell holds, ending with "…" when cut (a very long doc comment). */
    static String fitted(String text) {
        if (text.length() <= CELL_LIMIT) return text;
        int end = CELL_LIMIT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;   // never split a character in two
        return text.substring(0, end) + "…";
    }

    /** A row being written; each setter takes the column it fills. Empty text leaves the cell empty. */
    final class Line {
        private final XSSFRow row;

        private Line(XSSFRow row) {
            this.row = row;
        }

        int index() {
            return row.getRowNum();
        }

        Line text(Column column, String value) {
            return text(column, value, styles.text());
        }

        Line text(Column column, String value, CellStyle style) {
            if (value == null || value.isEmpty()) return this;
            XSSFCell cell = row.createCell(SheetTable.this.index(column));
            cell.setCellValue(fitted(value));
            cell.setCellStyle(style);
            return this;
        }

        Line number(Column column, Double value, CellStyle style) {
            if (value == null || Double.isNaN(value) || Double.isInfinite(value)) return this;
            XSSFCell cell = row.createCell(SheetTable.this.index(column));
            cell.setCellValue(value);
            cell.setCellStyle(style);
            return this;
        }

        /** A calendar month, as a date cell showing {@code Jan 2027}. */
        Line month(Column column, YearMonth month) {
            if (month == null) return this;
            XSSFCell cell = row.createCell(SheetTable.this.index(column));
            cell.setCellValue(month.atDay(1));
            cell.setCellStyle(styles.month());
            return this;
        }

        /** A formula (a total), with its value computed by the workbook before writing. */
        Line formula(Column column, String formula, CellStyle style) {
            XSSFCell cell = row.createCell(SheetTable.this.index(column));
            cell.setCellFormula(formula);
            cell.setCellStyle(style);
            return this;
        }

        /** A Gantt cell: a letter on a fill. */
        Line mark(Column column, String letter, boolean planned) {
            XSSFCell cell = row.createCell(SheetTable.this.index(column));
            cell.setCellValue(letter);
            cell.setCellStyle(styles.gantt(planned));
            return this;
        }

        /** The A1 address of this row's cell in {@code column}, for formulas. */
        String address(Column column) {
            return new org.apache.poi.ss.util.CellReference(row.getRowNum(), SheetTable.this.index(column)).formatAsString();
        }
    }
}
