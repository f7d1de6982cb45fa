package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade end to end: load, check, simulate, emit, report. */
class MarshallTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    private static Marshall marshall;

    @BeforeAll
    static void start() {
        marshall = Marshall.create();
    }

    @AfterAll
    static void stop() {
        marshall.close();
    }

    @Test
    void loadsChecksSimulatesAndEmitsAnExample() throws Exception {
        Programme p = marshall.load(EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall"));
        assertFalse(p.hasErrors(), p.renderDiagnostics());
        assertTrue(p.renderDiagnostics().endsWith("0 errors, 0 warnings\n"), p.renderDiagnostics());
        Forecast f = p.simulate(SimulationRequest.runs(200).seed(7).threads(2));
        assertEquals(200, f.runs());
        assertFalse(f.milestones().isEmpty());
        String logframe = p.emit(OutputFormat.LOGFRAME_MD, f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        p.emit(OutputFormat.LOGFRAME_MD, f, bytes);
        assertEquals(logframe, bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(logframe.startsWith("#"), logframe);
    }

    @Test
    void theWorkbookIsWrittenAsBytesAndRefusedAsText() throws Exception {
        Programme p = marshall.load(EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall"));
        assertTrue(OutputFormat.XLSX.binary());
        assertFalse(OutputFormat.LOGFRAME_MD.binary());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        p.emit(OutputFormat.XLSX, null, first);
        p.emit(OutputFormat.XLSX, null, second);
        byte[] zip = first.toByteArray();
        assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K', "a zip (the .xlsx container)");
        assertTrue(java.util.Arrays.equals(zip, second.toByteArray()), "the same bytes every time");
        assertThrows(IllegalArgumentException.class, () -> p.emit(OutputFormat.XLSX, null));
    }

    @Test
    void theSameRequestGivesTheSameForecastOnAnyThreads() throws Exception {
        Programme p = marshall.load(EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall"));
        Forecast one = p.simulate(SimulationRequest.runs(100).seed(3).threads(1));
        Forecast four = p.simulate(SimulationRequest.runs(100).seed(3).threads(4));
        assertEquals(one.toJson(), four.toJson());
        assertEquals(one, four);
    }

    @Test
    void diagnosticsAreTheCheckersWithPlaces() throws Exception {
        Programme p = marshall.load("bad.marshall", new StringReader(Hostile.header(12) + "cluster c { firms = nope }\n"));
        assertTrue(p.hasErrors());
        Diagnostic d = p.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("bad.marshall", d.file());
        assertEquals(6, d.line());
        assertTrue(d.column() > 0);
        assertTrue(d.toString().startsWith("bad.marshall:6:"), d.toString());
        MarshallException e = assertThrows(MarshallException.class, () -> p.simulate(SimulationRequest.runs(1)));
        assertEquals(d, e.diagnostics().get(0));
        assertThrows(MarshallException.class, () -> p.emit(OutputFormat.JSON, null));
    }

    @Test
    void fixedParamsAndProgress() throws Exception {
        Programme p = marshall.load("p.marshall", Hostile.small(12));
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        Forecast f = p.simulate(SimulationRequest.runs(50).fix("uptake", 0.2).progress((done, total) -> calls.incrementAndGet()));
        assertEquals(0.2, f.fixed().get("uptake"));
        assertEquals(50, calls.get());
        assertThrows(IllegalArgumentException.class, () -> p.simulate(SimulationRequest.runs(5).fix("uptak", 1)));
    }

    @Test
    void writesTheReport(@TempDir Path dir) throws Exception {
        Programme p = marshall.load("p.marshall", Hostile.small(12));
        List<Path> written = p.writeReport(dir.resolve("report"), p.simulate(SimulationRequest.runs(20)));
        assertEquals("index.html", written.get(written.size() - 1).getFileName().toString());
        for (OutputFormat f : OutputFormat.values()) assertTrue(Files.isRegularFile(dir.resolve("report").resolve(f.fileName())));
    }

    @Test
    void neverWritesTheReportOverItsInput(@TempDir Path dir) throws Exception {
        // Named like a report file, so only the input rule (not the "foreign file" rule) protects it.
        Path file = dir.resolve("index.html");
        Files.writeString(file, Hostile.small(12));
        Programme p = marshall.load(file);
        assertFalse(p.hasErrors(), p.renderDiagnostics());
        var refused = assertThrows(java.io.IOException.class, () -> p.writeReport(dir, null));
        assertTrue(refused.getMessage().contains("holds an input"), refused.getMessage());
        assertEquals(Hostile.small(12), Files.readString(file));
        assertEquals(List.of(file), listFolder(dir));
    }

    private static List<Path> listFolder(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** A format the command line gains (a binary one too) must be offered to hosts as well. */
    @Test
    void everyFormatOfTheCommandLineIsAnOutputFormat() {
        for (dev.marshall.emit.Format f : dev.marshall.emit.Format.values()) {
            assertTrue(OutputFormat.byId(f.id()).isPresent(), f.id() + " has no OutputFormat");
        }
    }

    @Test
    void formatsByTheirCommandLineNames() {
        for (OutputFormat f : OutputFormat.values()) assertEquals(f, OutputFormat.byId(f.id().toUpperCase()).orElseThrow());
        assertTrue(OutputFormat.byId("pdf").isEmpty());
    }
}
