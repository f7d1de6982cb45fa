package dev.marshall.emit.xlsx;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.ProgrammeYears;
import dev.marshall.emit.logframe.ProgrammeYears.ProgrammeYear;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbook with Apache POI and writes it so that the same logframe
 * always gives the same bytes: the document's created and modified dates are
 * the first day of the programme (not the clock), and the zip entries POI
 * stamps with the current time are copied, content and order unchanged, into
 * an archive whose entry times are all 1980-01-01 00:00, the earliest a zip
 * can hold (the convention of reproducible builds).
 */
final class WorkbookWriter {
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private WorkbookWriter() {}

    static void write(Logframe lf, OutputStream out) throws IOException {
        ByteArrayOutputStream built = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(workbook);
            List<ProgrammeYear> years = ProgrammeYears.of(lf.overview());
            new LogframeSheet(lf, styles, years).write(workbook);
            new IndicatorSheet(lf, styles).write(workbook);
            new WorkplanSheet(lf, styles).write(workbook);
            new BudgetSheet(lf, styles, years).write(workbook);
            new AboutSheet(lf, styles).write(workbook);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);   // totals carry their values for readers that do not compute
            properties(workbook.getProperties(), lf);
            workbook.write(built);
        }
        timeless(built.toByteArray(), out);
        out.flush();
    }

    private static void properties(POIXMLProperties properties, Logframe lf) {
        Date start = Date.from(lf.overview().start().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setCreated(Optional.of(start));
        core.setModified(Optional.of(start));
        core.setTitle("Logframe: " + lf.overview().title());
        core.setCreator("Marshall");
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Marshall");
    }

    /** Copies a zip, entry by entry in the same order, with every entry's time set to {@link #ZIP_TIME}. */
    private static void timeless(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(ZIP_TIME);
                copy.putNextEntry(fixed);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
        copy.finish();
    }
}
