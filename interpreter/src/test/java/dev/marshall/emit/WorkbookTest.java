package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.ProgrammeYears;
import dev.marshall.emit.text.Quantities;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook read back with Apache POI: every sheet, and every cell the
 * logframe derivation has, compared with the derivation itself (not with
 * strings typed here); its bytes the same on every run; and, where
 * LibreOffice is installed, converted by a second, independent reader.
 */
class WorkbookTest {
    static Framework sialkot;
    static byte[] bytes;
    static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws Exception {
        sialkot = GoldenFormatsTest.sialkot();
        bytes = Format.XLSX.emitter().bytes(sialkot);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theSheetsAreThoseOfADonorTemplateWithBoldFrozenHeaders() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Logframe", "Indicators", "Workplan", "Budget", "About"), names);
        for (var sheet : workbook) {
            Row header = sheet.getRow(0);
            for (Cell c : header) {
                assertTrue(workbook.getFontAt(c.getCellStyle().getFontIndex()).getBold(), sheet.getSheetName() + " " + c);
            }
            assertNotNull(sheet.getPaneInformation(), sheet.getSheetName());
            assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName());
        }
    }

    @Test
    void theLogframeSheetHoldsEveryResultAndIndicatorOfTheDerivation() {
        Logframe lf = sialkot.logframe();
        XSSFSheet sheet = workbook.getSheet("Logframe");
        List<String> header = header(sheet);
        List<ProgrammeYears.ProgrammeYear> years = ProgrammeYears.of(lf.overview());
        int row = 1;
        row = result(sheet, header, row, "Goal", lf.goal().statement(), lf.goal().indicators(), years);
        for (Logframe.Outcome o : lf.outcomes()) {
            row = result(sheet, header, row, "Outcome", o.title(), o.indicators(), years);
            for (Logframe.Output out : o.outputs()) row = result(sheet, header, row, "Output", out.title(), out.indicators(), years);
        }
        for (Logframe.Output out : lf.outputs()) {
            Row r = sheet.getRow(row++);
            assertEquals("Activity", text(r, header, "Level"));
            assertEquals(out.ref(), text(r, header, "Ref"));
            assertEquals(out.title(), text(r, header, "Results statement"));
            assertTrue(text(r, header, "Indicator").startsWith("Inputs: " + Quantities.money(out.activity().cost(), lf.overview().currency())));
        }
        for (Logframe.RiskEntry risk : lf.risks()) assertEquals(risk.text(), text(sheet.getRow(row++), header, "Results statement"));
        assertEquals(sheet.getLastRowNum() + 1, row, "no row beyond the logframe's");
        for (Logframe.AssumptionEntry a : lf.assumptions()) {
            assertTrue(text(sheet.getRow(1), header, "Assumptions and risks").contains(a.text()), a.text());
        }
    }

    private static int result(XSSFSheet sheet, List<String> header, int row, String level, String statement,
                              List<IndicatorEntry> indicators, List<ProgrammeYears.ProgrammeYear> years) {
        Row first = sheet.getRow(row);
        assertEquals(level, text(first, header, "Level"), "row " + (row + 1));
        assertTrue(text(first, header, "Results statement").startsWith(statement), "row " + (row + 1));
        if (indicators.isEmpty()) return row + 1;
        for (IndicatorEntry i : indicators) {
            Row r = sheet.getRow(row++);
            assertEquals(i.title(), text(r, header, "Indicator"));
            assertEquals(Quantities.unitLabel(i.unit()), text(r, header, "Unit"));
            assertNumber(i.baseline(), r, header, "Baseline");
            assertNumber(i.target() == null ? null : i.target().value(), r, header, "Target");
            assertEquals(i.source(), text(r, header, "Means of verification"));
            if (i.target() != null) {
                assertEquals(i.target().date().atDay(1), cell(r, header, "Target date").getLocalDateTimeCellValue().toLocalDate());
                for (var y : years) {
                    Cell c = cell(r, header, "Year " + y.index() + " (");
                    if (y.holds(i.target().month())) assertEquals(i.target().value(), c.getNumericCellValue(), 0, i.name() + " year " + y.index());
                    if (y.startMonth() > i.target().month()) assertNull(c, i.name() + " has nothing after its target year");
                }
            }
        }
        return row;
    }

    @Test
    void theIndicatorSheetHasOneRowPerIndicatorWithItsReferenceSheetFields() {
        Logframe lf = sialkot.logframe();
        XSSFSheet sheet = workbook.getSheet("Indicators");
        List<String> header = header(sheet);
        assertEquals(lf.indicators().size(), sheet.getLastRowNum());
        for (int n = 0; n < lf.indicators().size(); n++) {
            IndicatorEntry i = lf.indicators().get(n);
            Row r = sheet.getRow(n + 1);
            assertEquals(i.name(), text(r, header, "Id"));
            assertEquals(i.title(), text(r, header, "Indicator"));
            assertEquals(lf.placeOf(i), text(r, header, "Result"));
            assertEquals(i.definition(), text(r, header, "Definition"));
            assertEquals(String.join(", ", i.disaggregation()), text(r, header, "Disaggregation"));
            assertEquals(i.frequency(), text(r, header, "Frequency"));
            assertEquals(i.method(), text(r, header, "Collection method"));
            assertEquals(i.source(), text(r, header, "Data source"));
            assertEquals(i.responsible() == null ? "" : i.responsible().display(), text(r, header, "Responsible"));
            assertNumber(i.baseline(), r, header, "Baseline");
            assertNumber(i.target() == null ? null : i.target().value(), r, header, "Target");
            assertNumber(i.probabilityTargetMet(), r, header, "P(target met)");
            var atTarget = i.simulatedAtTarget();
            assertNumber(atTarget.map(q -> Quantities.approxValue(q.p50(), i.unit())).orElse(null), r, header, "Forecast at target, p50");
            if (Quantities.isCount(i.unit()) && atTarget.isPresent()) {
                Cell p50 = cell(r, header, "Forecast at target, p50");
                assertEquals(Math.rint(p50.getNumericCellValue()), p50.getNumericCellValue(), "a count is whole: " + i.name());
                assertEquals("#,##0", p50.getCellStyle().getDataFormatString());
            }
            if (i.unit() != null && i.unit().type().kind() == dev.marshall.model.Type.Kind.MONEY && i.baseline() != null) {
                assertTrue(cell(r, header, "Baseline").getCellStyle().getDataFormatString().endsWith("\"" + i.unit().type().currency() + "\""));
            }
        }
    }

    @Test
    void theWorkplanHasEveryActivityAndMilestoneOnAGanttGrid() {
        Logframe lf = sialkot.logframe();
        XSSFSheet sheet = workbook.getSheet("Workplan");
        List<String> header = header(sheet);
        int firstMonth = header.indexOf(lf.overview().start().getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                + " " + lf.overview().start().getYear());
        assertTrue(firstMonth > 0, header.toString());
        assertEquals(lf.overview().horizon(), header.size() - firstMonth, "a column per month");
        int row = 1;
        for (Logframe.Output out : lf.outputs()) {
            Row r = sheet.getRow(row++);
            Logframe.Activity a = out.activity();
            assertEquals(out.title(), text(r, header, "Activity / milestone"));
            assertEquals(a.lead() == null ? "" : a.lead().display(), text(r, header, "Lead"));
            assertEquals(a.planned().start().atDay(1), cell(r, header, "Planned start").getLocalDateTimeCellValue().toLocalDate());
            int planned = 0;
            for (int c = firstMonth; c < header.size(); c++) {
                Cell g = r.getCell(c);
                if (g != null && g.getStringCellValue().equals("P")) {
                    planned++;
                    int month = c - firstMonth + 1;
                    assertTrue(month >= a.planned().startMonth() && month <= a.planned().endMonth(), out.intervention() + " month " + month);
                }
            }
            assertEquals(Math.min(a.planned().endMonth(), lf.overview().horizon()) - a.planned().startMonth() + 1, planned, out.intervention());
            assertNumber(a.simulated().probabilityStarted(), r, header, "P(started) / P(on time)");
        }
        for (Logframe.MilestoneEntry m : lf.milestones()) {
            Row r = sheet.getRow(row++);
            assertEquals("Milestone: " + m.title(), text(r, header, "Activity / milestone"));
            assertEquals("M", r.getCell(firstMonth + m.due() - 1).getStringCellValue());
        }
    }

    @Test
    void theBudgetSpreadsEachCostOverTheYearsAndAddsUpToThePlannedCost() {
        Logframe lf = sialkot.logframe();
        XSSFSheet sheet = workbook.getSheet("Budget");
        List<String> header = header(sheet);
        List<ProgrammeYears.ProgrammeYear> years = ProgrammeYears.of(lf.overview());
        int row = 1;
        for (Logframe.Output out : lf.outputs()) {
            Row r = sheet.getRow(row++);
            Logframe.Activity a = out.activity();
            assertEquals(out.title(), text(r, header, "Activity"));
            assertNumber(a.cost(), r, header, "Total cost");
            assertNumber(a.costShare(), r, header, "Cost share");
            double spread = 0;
            for (var y : years) {
                double v = cell(r, header, "Year " + y.index() + " (").getNumericCellValue();
                assertEquals(a.plannedSpend(y.startMonth(), y.endMonth()), v, 1e-6);
                spread += v;
            }
            Cell beyond = header.contains("After the horizon") ? cell(r, header, "After the horizon") : null;
            assertEquals(a.cost(), spread + (beyond == null ? 0 : beyond.getNumericCellValue()), 1e-6, out.intervention());
        }
        Row total = sheet.getRow(row++);
        assertEquals("Total planned cost", text(total, header, "Activity"));
        assertEquals(CellType.FORMULA, cell(total, header, "Total cost").getCellType());
        assertEquals(lf.overview().plannedCost(), cell(total, header, "Total cost").getNumericCellValue(), 1e-6);
        assertEquals(lf.overview().beneficiaryContribution(), cell(total, header, "Beneficiaries' contribution").getNumericCellValue(), 1e-6);
        assertNumber(lf.overview().budget(), sheet.getRow(row++), header, "Total cost");
        assertEquals(lf.overview().budget() - lf.overview().plannedCost(), cell(sheet.getRow(row), header, "Total cost").getNumericCellValue(), 1e-6);
        assertEquals("#,##0 \"EUR\"", cell(total, header, "Total cost").getCellStyle().getDataFormatString());
    }

    @Test
    void theSameFrameworkGivesTheSameBytesDatedAtTheProgrammesStart() throws Exception {
        assertArrayEquals(bytes, Format.XLSX.emitter().bytes(GoldenFormatsTest.sialkot()));
        var core = workbook.getProperties().getCoreProperties();
        var start = sialkot.logframe().overview().start().atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertEquals(start, core.getCreated().toInstant());
        assertEquals(start, core.getModified().toInstant());
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
    }

    @Test
    void withoutSimulationThereIsNoForecastColumn() throws IOException {
        byte[] planned = Format.XLSX.emitter().bytes(GoldenFormatsTest.fixturePlanned());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(planned))) {
            assertFalse(header(wb.getSheet("Indicators")).contains("P(target met)"));
            assertFalse(header(wb.getSheet("Workplan")).contains("Simulated start, p50"));
        }
    }

    /** Who pays what by year: each funder's row adds up to its declared total, spread as the activities are planned. */
    @Test
    void theBudgetShowsWhoPaysWhatByYear() throws Exception {
        var c = dev.marshall.Compiler.compile(dev.marshall.source.SourceFile.ofString("funded.marshall", """
                programme "Funded" { start = 2027-01; horizon = 24 months; currency = EUR; budget = 100_000 EUR }
                use std.unido
                actor eu : donor { name = "European Union"; funds = [a, b]; share = 75%; pays = 37_500 EUR }
                actor state : government_agency { funds = [a, b]; share = 25%; pays = 12_500 EUR }
                intervention a : skills { start = month 1; duration = 6 months; cost = 40_000 EUR; cost_share = 50% }
                intervention b : skills { start = month 13; duration = 6 months; cost = 30_000 EUR }
                """));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        byte[] xlsx = Format.XLSX.emitter().bytes(Framework.of(c.programme(), java.util.Optional.empty(), c.diagnostics()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheet("Budget");
            List<String> header = header(sheet);
            Row eu = null;
            Row beneficiaries = null;
            for (Row row : sheet) {
                String activity = text(row, header, "Activity");
                if (activity.equals("Paid by European Union")) eu = row;
                if (activity.equals("Paid by the beneficiaries (cost shares)")) beneficiaries = row;
            }
            assertTrue(eu != null && beneficiaries != null, "no funder rows in the Budget sheet");
            // year 1: 75% of a's 20,000 not paid by the beneficiaries; year 2: 75% of b's 30,000
            String year1 = header.stream().filter(h -> h.startsWith("Year 1 ")).findFirst().orElseThrow();
            String year2 = header.stream().filter(h -> h.startsWith("Year 2 ")).findFirst().orElseThrow();
            assertEquals(List.of(15_000.0, 22_500.0, 37_500.0), List.of(cell(eu, header, year1).getNumericCellValue(),
                    cell(eu, header, year2).getNumericCellValue(), cell(eu, header, "Programme funds").getNumericCellValue()));
            assertEquals(20_000.0, cell(beneficiaries, header, year1).getNumericCellValue());
        }
    }

    @Test
    void aDocCommentLongerThanACellHoldsIsCutNotACrash() throws Exception {
        var c = dev.marshall.Compiler.compile(dev.marshall.source.SourceFile.ofString("long.marshall", """
                programme "Long" { start = 2027-01
                  horizon = 12 months
                  currency = EUR
                  budget = 1_000 EUR }
                /// %s
                indicator firms_reached : outcome { unit = firms
                  baseline = 0
                  target = 5 by month 12 }
                """.formatted("word ".repeat(8_000))));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        byte[] xlsx = Format.XLSX.emitter().bytes(Framework.of(c.programme(), java.util.Optional.empty(), c.diagnostics()));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheet("Indicators");
            String definition = text(sheet.getRow(1), header(sheet), "Definition");
            assertEquals(32_767, definition.length());
            assertTrue(definition.endsWith("…"));
        }
    }

    @Test
    void theWorkbookHasNoTextForm() {
        assertTrue(Format.XLSX.binary());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> Format.XLSX.emitter().render(sialkot));
    }

    /**
     * A second reader: LibreOffice converts every sheet without error. Skipped (with the reason)
     * where LibreOffice is not installed, unless required ({@code MARSHALL_LIBREOFFICE_TESTS=required},
     * which CI sets after installing it).
     */
    @Test
    void libreOfficeConvertsTheWorkbook(@TempDir Path folder) throws Exception {
        String soffice = findOnPath("soffice");
        if (soffice == null && "required".equals(System.getenv("MARSHALL_LIBREOFFICE_TESTS"))) {
            throw new AssertionError("MARSHALL_LIBREOFFICE_TESTS=required but no soffice was found (apt-get install -y libreoffice-calc-nogui)");
        }
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui to run this test");
        Path xlsx = folder.resolve("logframe.xlsx");
        Files.write(xlsx, bytes);
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + folder.resolve("profile"),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", folder.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, p.exitValue(), output);
        for (var sheet : workbook) {
            Path csv = folder.resolve("logframe-" + sheet.getSheetName() + ".csv");
            assertTrue(Files.exists(csv), "no " + csv.getFileName() + " in " + output);
            assertTrue(Files.readString(csv).contains(sheet.getRow(1).getCell(firstText(sheet.getRow(1))).getStringCellValue().split("\n")[0]),
                    sheet.getSheetName());
        }
    }

    private static int firstText(Row row) {
        for (Cell c : row) if (c.getCellType() == CellType.STRING) return c.getColumnIndex();
        throw new AssertionError("no text in row 2");
    }

    private static String findOnPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        for (Cell c : sheet.getRow(0)) names.add(c.getStringCellValue());
        return names;
    }

    /** The cell under the header that is, or starts with, {@code column}. */
    private static XSSFCell cell(Row row, List<String> header, String column) {
        int index = header.indexOf(column);
        if (index < 0) for (int n = 0; n < header.size(); n++) if (header.get(n).startsWith(column)) { index = n; break; }
        if (index < 0) throw new AssertionError("no column " + column + " in " + header);
        return (XSSFCell) row.getCell(index);
    }

    private static String text(Row row, List<String> header, String column) {
        Cell c = cell(row, header, column);
        return c == null ? "" : c.getStringCellValue();
    }

    private static void assertNumber(Double expected, Row row, List<String> header, String column) {
        Cell c = cell(row, header, column);
        if (expected == null) {
            assertNull(c, column + " row " + (row.getRowNum() + 1));
            return;
        }
        assertNotNull(c, column + " row " + (row.getRowNum() + 1));
        assertEquals(expected, c.getNumericCellValue(), Math.abs(expected) * 1e-12, column + " row " + (row.getRowNum() + 1));
    }
}
