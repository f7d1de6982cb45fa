package dev.marshall.emit.xlsx;

import dev.marshall.emit.text.Quantities;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the workbook, each made once (a workbook holds at most
 * 64 000 styles, and a style per cell would also make the file large): bold
 * wrapped headers, wrapped text at the top of the cell, and number formats
 * with just the decimals a value needs — money with its currency, counts as
 * whole numbers, percentages as percentages (the cell holds the fraction).
 * Styles are made in the order cells ask for them, so the same workbook
 * always gets the same style table.
 */
final class CellStyles {
    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> made = new HashMap<>();
    private final XSSFFont bold;
    private final XSSFFont italic;

    CellStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createFont();
        bold.setBold(true);
        this.italic = workbook.createFont();
        italic.setItalic(true);
    }

    /** A header cell: bold, wrapped, shaded, ruled below. */
    XSSFCellStyle header() {
        return made.computeIfAbsent("header", k -> {
            XSSFCellStyle s = base(null);
            s.setFont(bold);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        });
    }

    /** A header of a narrow month column: the text turned upright. */
    XSSFCellStyle upright() {
        return made.computeIfAbsent("upright", k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(header());
            s.setRotation((short) 90);
            return s;
        });
    }

    XSSFCellStyle text() {
        return made.computeIfAbsent("text", k -> base(null));
    }

    /** Text a reader should notice: a level, a total. */
    XSSFCellStyle strong() {
        return made.computeIfAbsent("strong", k -> {
            XSSFCellStyle s = base(null);
            s.setFont(bold);
            return s;
        });
    }

    /** A Gantt cell: filled, the letter centred. {@code planned} is the dark fill, else the light one. */
    XSSFCellStyle gantt(boolean planned) {
        return made.computeIfAbsent("gantt" + planned, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setFillForegroundColor((planned ? IndexedColors.CORNFLOWER_BLUE : IndexedColors.LIGHT_TURQUOISE).getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            return s;
        });
    }

    /** A calendar month: {@code Jan 2027}. */
    XSSFCellStyle month() {
        return made.computeIfAbsent("month", k -> base("mmm yyyy"));
    }

    /** A share 0..1 as a whole percentage: a probability. */
    XSSFCellStyle probability() {
        return made.computeIfAbsent("probability", k -> base("0%"));
    }

    /** Money in {@code currency}, whole units or cents. */
    XSSFCellStyle money(String currency, boolean cents) {
        return number((cents ? "#,##0.00" : "#,##0") + suffix(currency), false);
    }

    /** A whole count: months, runs. */
    XSSFCellStyle count() {
        return number("#,##0", false);
    }

    /**
     * A value in an indicator's unit, with the decimals it needs: a count of
     * firms whole, EUR with its code, a percentage as one; {@code forecast}
     * values are set in italics.
     */
    XSSFCellStyle of(double value, IndicatorUnit unit, boolean forecast) {
        if (unit != null && unit.percent()) return percent(value, forecast);
        if (unit != null && unit.yesNo()) return number("\"Yes\";\"Yes\";\"No\"", forecast); // 1 shows Yes, 0 No
        String pattern = Quantities.isCount(unit) && decimals(value) == 0 ? "#,##0" : grouped(decimals(value));
        if (unit != null && unit.type().kind() == Type.Kind.MONEY) pattern += suffix(unit.type().currency());
        return number(pattern, forecast);
    }

    /** A fraction shown as a percentage with the decimals it needs ({@code 0.035} as {@code 3.5%}). */
    XSSFCellStyle share(double fraction) {
        return percent(fraction, false);
    }

    private XSSFCellStyle percent(double fraction, boolean forecast) {
        int decimals = Double.isFinite(fraction)
                ? Math.max(0, Math.min(6, BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().scale())) : 0;
        return number(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%", forecast);
    }

    private XSSFCellStyle number(String pattern, boolean italics) {
        return made.computeIfAbsent("number:" + pattern + ":" + italics, k -> {
            XSSFCellStyle s = base(pattern);
            if (italics) s.setFont(italic);
            return s;
        });
    }

    private XSSFCellStyle base(String format) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) s.setDataFormat(workbook.createDataFormat().getFormat(format));
        return s;
    }

    private static String grouped(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    /** The decimals that show a value exactly, at most six (values here are declared or already rounded). */
    static int decimals(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return 0;
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return Math.max(0, Math.min(6, d.scale()));
    }

    /** {@code " EUR"} as a number format writes literal text. */
    private static String suffix(String currency) {
        return currency == null || currency.isEmpty() ? "" : " \"" + currency.replace("\"", "") + "\"";
    }
}
