package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part of the API the {@code marshall} command line is built on (and a host
 * that wants to behave like it): trusted loading, diagnostic reports in every
 * format, the output rules, the wording of I/O failures, the codes' texts.
 */
class CommandLineFacadeTest {
    private static final String MODULE_USER = Hostile.header(12) + """
            use "lib/helpers.marshall"
            param uptake = uniform(0.1, 0.3)
            cluster c { firms = 10; state x = 0 in 0..100 }
            intervention grow : skills { start = month 1; duration = 6 months; cost = 1000 EUR
              each month { x += half(uptake) * 10 } }
            """;

    @Test
    void aTrustedMarshallLoadsAFileWithItsModulesAndNamesEveryInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.marshall");
        Files.writeString(file, MODULE_USER);
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/helpers.marshall"), "fn half(x) = x / 2\n");
        try (Marshall marshall = Marshall.builder().trusted().build()) {
            Programme p = marshall.load(file);
            assertFalse(p.hasErrors(), p.renderDiagnostics());
            assertEquals(file.toString(), p.name());
            assertEquals(file, p.sourceFiles().get(0));
            assertTrue(p.sourceFiles().stream().anyMatch(f -> f.endsWith(Path.of("lib", "helpers.marshall"))), p.sourceFiles().toString());
            Forecast forecast = p.simulate(SimulationRequest.runs(50).seed(3).threads(1));
            assertEquals(forecast.toJson(), p.render(forecast, ForecastFormat.JSON));
            assertTrue(p.render(forecast, ForecastFormat.CSV).lines().count() > 1);
            assertFalse(p.render(forecast, ForecastFormat.TEXT).isBlank());
            assertArrayEquals(p.emit(OutputFormat.CSV, forecast).getBytes(StandardCharsets.UTF_8), p.emitBytes(OutputFormat.CSV, forecast));
        }
    }

    @Test
    void aMissingFileIsAnIOExceptionWordedLikeTheCommandLine(@TempDir Path dir) {
        try (Marshall marshall = Marshall.builder().trusted().build()) {
            IOException e = assertThrows(IOException.class, () -> marshall.load(dir.resolve("nope.marshall")));
            assertEquals("no such file", Reasons.of(e));
        }
        assertEquals("no such file", Reasons.of(new NoSuchFileException("x")));
        assertEquals("not valid UTF-8 text", Reasons.of(new CharacterCodingException()));
        assertFalse(Reasons.oneLine("a\nb\u001b[31m").contains("\n"));
        assertFalse(Reasons.oneLine("a\nb\u001b[31m").contains("\u001b"));
    }

    @Test
    void aReportRendersTheFindingsAsTextJsonAndSarif() throws Exception {
        try (Marshall marshall = Marshall.create()) {
            Programme broken = marshall.load("broken.marshall", Hostile.small(12).replace("firms = 10", "firms = nope"));
            Programme clean = marshall.load("clean.marshall", Hostile.small(12));
            DiagnosticReport one = DiagnosticReport.of(broken);
            assertEquals(broken.renderDiagnostics(), one.text(false));
            assertTrue(one.errors() > 0);
            assertTrue(one.summary().startsWith("broken.marshall: " + one.errors() + " error"), one.summary());
            assertTrue(one.text(true).contains("\u001b["), "colour when asked");
            assertFalse(one.text(false).contains("\u001b["), "no colour unless asked");
            DiagnosticReport both = DiagnosticReport.of(List.of(broken, clean));
            assertEquals(2, both.summary().lines().count());
            assertTrue(both.json().contains("\"" + broken.diagnostics().get(0).code() + "\""), both.json());
            assertTrue(both.sarif("1.2.3", "https://example.org", Path.of("")).contains("\"2.1.0\""));
            DiagnosticReport none = one.select(d -> false);
            assertEquals(0, none.errors());
            assertEquals("broken.marshall: 0 errors, 0 warnings", none.summary());
        }
    }

    @Test
    void aStoppedSimulationIsReportedWhereItStopped() throws Exception {
        Limits quick = Limits.DEFAULT.withTimeLimit(Duration.ofMillis(200));
        try (Marshall marshall = Marshall.builder().limits(quick).build()) {
            Programme busy = marshall.load("busy.marshall", Hostile.busy(600, 1, 18));
            MarshallException stopped = assertThrows(MarshallException.class, () -> busy.simulate(SimulationRequest.runs(5).threads(1)));
            String text = DiagnosticReport.of(busy, stopped).text(false);
            assertTrue(text.contains("E088"), text);
            assertTrue(text.endsWith("busy.marshall: 1 error, 0 warnings\n"), text);
        }
    }

    @Test
    void fixedParamsAreCheckedBeforeAnyRun() throws Exception {
        try (Marshall marshall = Marshall.create()) {
            Programme p = marshall.load("p.marshall", Hostile.small(12));
            p.checkFixed(Map.of("uptake", 0.2));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.checkFixed(Map.of("uptak", 0.2)));
            assertTrue(e.getMessage().contains("uptake"), e.getMessage());
        }
    }

    @Test
    void outputsNeverReplaceAnInputOrAFolder(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("p.marshall");
        Files.writeString(input, "x");
        assertThrows(IOException.class, () -> Outputs.checkTarget(input, List.of(input)));
        assertThrows(IOException.class, () -> Outputs.checkTarget(dir, List.of(input)));
        assertThrows(IOException.class, () -> Outputs.write(input, "y", List.of(input)));
        assertEquals("x", Files.readString(input));
        Path out = dir.resolve("out.txt");
        Outputs.checkTarget(out, List.of(input));
        Outputs.write(out, "text", List.of(input));
        assertEquals("text", Files.readString(out));
        assertThrows(IOException.class, () -> Outputs.checkReportFolder(dir, List.of(input)), "a report folder holding an input");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("out.txt", "p.marshall"), files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void programmeTextKeepsUndecodableBytesForTheChecker() {
        ProgrammeText text = ProgrammeText.decode("<stdin>", new byte[] {'a', (byte) 0xff, 'b'});
        assertFalse(text.decodedCleanly());
        assertEquals("<stdin>", text.name());
        assertTrue(ProgrammeText.maxBytes() > 0);
        try (Marshall trusted = Marshall.builder().trusted().build(); Marshall host = Marshall.create()) {
            Programme p = trusted.load(text);
            assertTrue(p.hasErrors());
            assertEquals("<stdin>", p.name());
            assertThrows(IllegalStateException.class, () -> host.load(text), "a host's Marshall takes text through its limits only");
        }
    }

    @Test
    void theCodesTextsAreThoseOfMarshallRules() {
        assertEquals("A01", DiagnosticCodes.approachRules().get(0));
        assertTrue(DiagnosticCodes.all().containsAll(DiagnosticCodes.approachRules()));
        assertTrue(DiagnosticCodes.isKnown("E088"));
        assertFalse(DiagnosticCodes.isKnown("E999"));
        assertEquals("simulation stopped", DiagnosticCodes.title("E088"));
        assertTrue(DiagnosticCodes.message("E088", "why", 1, 2).contains("why"));
        assertFalse(DiagnosticCodes.hint("E088").isEmpty());
        assertFalse(DiagnosticCodes.explanation("A01").isEmpty());
        assertTrue(DiagnosticCodes.didYouMean("A1", DiagnosticCodes.approachRules()).contains("A01"));
        assertEquals(SimulationRequest.DEFAULT_RUNS, SimulationRequest.defaults().runs());
        assertEquals(OutputFormat.values().length, OutputFormat.ids().size());
    }
}
