package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.emit.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marshall emit} and {@code marshall report} end to end, in-process. */
class EmitCommandTest {
    static final String SIALKOT = "../examples/src/test/resources/spec/sialkot.marshall";

    @TempDir
    Path folder;

    @Test
    void everyFormatGoesToStandardOutput() {
        for (Format f : Format.values()) {
            CliRun run = CliRun.of("emit", SIALKOT, "--format", f.id(), "--runs", "50", "--seed", "3");
            assertEquals(ExitCodes.OK, run.exitCode(), f.id() + ": " + run);
            assertFalse(f.binary() ? run.bytes().length == 0 : run.out().isEmpty(), f.id());
            assertFalse(run.showsStackTrace(), run.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        CliRun a = CliRun.of("emit", SIALKOT, "--format", "json", "--runs", "50", "--seed", "3", "--threads", "1");
        CliRun b = CliRun.of("emit", SIALKOT, "--format", "json", "--runs", "50", "--seed", "3", "--threads", "2");
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("\"runs\": 50"), a.out().substring(0, 400));
    }

    @Test
    void theWorkbookGoesToAFileOrAPipeButNeverToATerminal() throws Exception {
        CliRun terminal = CliRun.run(java.util.Map.of(), true, List.of(), "emit", SIALKOT, "--format", "xlsx", "--runs", "20");
        assertEquals(ExitCodes.USAGE_OR_IO, terminal.exitCode(), terminal.toString());
        assertEquals(List.of("marshall: --format xlsx writes a binary file; give -o FILE (or redirect standard output to a file)"),
                terminal.errLines());
        assertEquals(0, terminal.bytes().length);

        CliRun piped = CliRun.of("emit", SIALKOT, "--format", "xlsx", "--runs", "20", "--seed", "3");
        assertEquals(ExitCodes.OK, piped.exitCode(), piped.toString());
        assertEquals("PK", new String(piped.bytes(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1), "a zip archive");
        assertEquals("", piped.out());

        Path file = folder.resolve("logframe.xlsx");
        CliRun written = CliRun.run(java.util.Map.of(), true, List.of(), "emit", SIALKOT, "--format", "xlsx", "--runs", "20",
                "--seed", "3", "-o", file.toString());
        assertEquals(ExitCodes.OK, written.exitCode(), written.toString());
        assertTrue(java.util.Arrays.equals(piped.bytes(), Files.readAllBytes(file)), "the file holds what standard output got");
    }

    @Test
    void withoutSimulationTheFrameworkIsAsPlanned() {
        CliRun run = CliRun.of("emit", SIALKOT, "--format", "logframe-md", "--no-simulation");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("the programme was not simulated"), run.out());
        assertTrue(run.out().contains("## Results framework"));
    }

    @Test
    void outWritesTheFileAtomically() throws Exception {
        Path out = folder.resolve("iati.xml");
        CliRun run = CliRun.of("emit", SIALKOT, "--format", "iati", "--runs", "20", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">"));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheFormats() {
        CliRun run = CliRun.of("emit", SIALKOT, "--format", "docx");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().contains("logframe-md, logframe-html, csv, json, iati, sheets-md, calendar-csv"), run.toString());
    }

    @Test
    void aProgrammeWithErrorsIsNotEmitted() throws Exception {
        Path bad = folder.resolve("bad.marshall");
        Files.writeString(bad, "programme \"Bad\" {\n  start = 2027-01\n  horizon = 12 months\n  currency = EUR\n  budget = 10 EUR\n}\n"
                + "intervention x : skills { lead = nobody; start = month 1; duration = 2 months; cost = 1 EUR }\n");
        Path out = folder.resolve("out.md");
        CliRun run = CliRun.of("emit", bad.toString(), "--format", "logframe-md", "--out", out.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error["), run.toString());
        assertFalse(Files.exists(out), "nothing is written for a programme with errors");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        CliRun run = CliRun.of("emit", folder.resolve("nope.marshall").toString(), "--format", "csv");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().contains("no such file"), run.toString());
    }

    @Test
    void anUnknownParamInSetIsAUsageError() {
        CliRun run = CliRun.of("emit", SIALKOT, "--format", "csv", "--set", "nothing=1");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nothing"), run.toString());
    }

    @Test
    void setFixesAParamAsSimulateDoes() {
        CliRun run = CliRun.of("emit", SIALKOT, "--format", "json", "--runs", "20", "--set", "trust_gain=5%");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"trust_gain\": 0.05"), run.out().substring(0, 600));
        CliRun bad = CliRun.of("emit", SIALKOT, "--format", "json", "--set", "trust_gain=lots");
        assertEquals(ExitCodes.USAGE_OR_IO, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("'lots' is not a number"), bad.toString());
    }

    @Test
    void reportWritesTheIndexAndEveryFormatBesideIt() throws Exception {
        Path out = folder.resolve("report");
        CliRun run = CliRun.of("report", SIALKOT, "--runs", "50", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("wrote " + out.resolve("index.html")), run.out());
        assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!DOCTYPE html>"));
        for (Format f : Format.values()) assertTrue(Files.size(out.resolve(f.fileName())) > 0, f.fileName());
    }

    @Test
    void aProgrammeWithNothingButItsHeaderStillGetsAWholeReport() throws Exception {
        Path bare = folder.resolve("bare.marshall");
        Files.writeString(bare, "programme \"Bare\" {\n  start = 2027-01\n  horizon = 12 months\n  currency = EUR\n  budget = 10 EUR\n}\n");
        CliRun run = CliRun.of("report", bare.toString(), "--runs", "10", "--out", folder.resolve("bare").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String index = Files.readString(folder.resolve("bare/index.html"));
        for (String[] section : dev.marshall.emit.html.HtmlReport.SECTIONS) {
            assertTrue(index.contains("<section id=\"" + section[0] + "\""), section[0]);
        }
        assertTrue(Files.readString(folder.resolve("bare/logframe.md")).contains("no goal stated"));
    }

    @Test
    void reportIntoAFileIsAnIoError() throws Exception {
        Path file = folder.resolve("taken");
        Files.writeString(file, "not a folder");
        CliRun run = CliRun.of("report", SIALKOT, "--no-simulation", "--out", file.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals(List.of("marshall: cannot write the report into '" + file + "': it is a file, not a folder"), run.errLines());
        assertEquals("not a folder", Files.readString(file));
        CliRun below = CliRun.of("report", SIALKOT, "--out", file.resolve("sub").toString());
        assertEquals(ExitCodes.USAGE_OR_IO, below.exitCode(), below.toString());
        assertEquals(List.of("marshall: cannot write the report into '" + file.resolve("sub") + "': '" + file
                + "' is a file, not a folder"), below.errLines(), "said before simulating");
        assertFalse(run.showsStackTrace());
    }

    @Test
    void theDefaultReportFolderIsNamedAfterTheProgramme() {
        assertEquals("sialkot-report", ReportCommand.defaultFolder(Path.of("examples/sialkot.marshall")));
        assertEquals("plan.txt-report", ReportCommand.defaultFolder(Path.of("plan.txt")));
    }

    @Test
    void helpListsEmitAndReport() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("emit"), run.out());
        assertTrue(run.out().contains("report"), run.out());
    }
}
