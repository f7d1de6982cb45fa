package dev.marshall.emit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's content as text, the form its goldens take: one TSV per sheet,
 * each cell as a reader sees it (formatted with its number format, in
 * English), a formula as {@code =SUM(…) → value}; tabs and line breaks inside
 * a cell written as {@code \t} and {@code \n}; merged regions listed last.
 */
final class WorkbookDump {
    private WorkbookDump() {}

    static Map<String, String> sheets(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter(Locale.ENGLISH);
        Map<String, String> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                StringBuilder out = new StringBuilder();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    StringBuilder line = new StringBuilder();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            if (c > 0) line.append('\t');
                            Cell cell = row.getCell(c);
                            if (cell != null) line.append(escape(shown(cell, formatter)));
                        }
                    }
                    out.append(line.toString().stripTrailing()).append('\n');
                }
                for (var merged : sheet.getMergedRegions()) out.append("merged ").append(merged.formatAsString()).append('\n');
                sheets.put(sheet.getSheetName(), out.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    static String shown(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) return formatter.formatCellValue(cell);
        String value = formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
        return "=" + cell.getCellFormula() + " → " + value;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
