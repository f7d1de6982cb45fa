package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marshall simulate}: outputs, options, errors and exit codes, run in-process. */
class SimulateCommandTest {
    private static final String SIALKOT = Path.of("../examples/src/test/resources/spec/sialkot.marshall").toString();

    @Test
    void textTableListsMilestonesFirst() {
        CliRun run = CliRun.of("simulate", "--runs", "50", SIALKOT);
        assertEquals(0, run.exitCode(), run.toString());
        String out = run.out();
        assertTrue(out.contains("50 runs, seed 1, 36 months"), out);
        int milestones = out.indexOf("quick_win");
        int indicators = out.indexOf("export_value");
        assertTrue(milestones > 0 && indicators > milestones, out);
        assertTrue(out.contains("P(on time)") && out.contains("P(target met)"), out);
        assertEquals("", run.err(), "no progress bar or notes when stderr is not a terminal");
    }

    @Test
    void jsonIsTheSameForAnyThreadCountAndCsvIsTidy() {
        CliRun one = CliRun.of("simulate", "--runs", "40", "--seed", "9", "--threads", "1", "--format", "json", SIALKOT);
        CliRun two = CliRun.of("simulate", "--runs", "40", "--seed", "9", "--threads", "2", "--format", "json", SIALKOT);
        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(one.out(), two.out());
        assertTrue(one.out().startsWith("{\n  \"version\": 1,\n  \"runs\": 40,\n  \"seed\": 9,"), one.out());
        CliRun csv = CliRun.of("simulate", "--runs", "40", "--format", "csv", SIALKOT);
        assertEquals(0, csv.exitCode(), csv.toString());
        assertTrue(csv.out().startsWith("record,name,month,statistic,value\n"), csv.out());
        assertTrue(csv.out().contains("\nmilestone,quick_win,6,p_on_time,"), csv.out());
    }

    @Test
    void setFixesAParamAndShowsIt() {
        CliRun run = CliRun.of("simulate", "--runs", "30", "--set", "trust_gain=5%", "--set", "network_pull=2", SIALKOT);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("with network_pull = 2, trust_gain = 0.05"), run.out());
    }

    /** A {@code -Dpolyglot.engine.*} option the runtime does not know is the process's configuration: one line, exit 2. */
    @Test
    void anEngineOptionTheRuntimeLacksIsAUsageErrorNotACrash() {
        String property = "polyglot.engine.NoSuchMarshallTestOption";
        System.setProperty(property, "true");
        try {
            CliRun run = CliRun.of("simulate", "--runs", "5", SIALKOT);
            assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
            assertFalse(run.showsStackTrace(), run.toString());
            assertTrue(run.err().startsWith("marshall: the simulation engine cannot start: "), run.err());
            assertTrue(run.err().contains("engine.NoSuchMarshallTestOption"), run.err());
            assertTrue(run.err().contains("hint: compilation options need the optimizing runtime"), run.err());
            assertFalse(run.err().contains("internal error"), run.err());
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun unknown = CliRun.of("simulate", "--set", "trust_gian=0.1", SIALKOT);
        assertEquals(ExitCodes.USAGE_OR_IO, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("no param 'trust_gian'") && unknown.err().contains("trust_gain"), unknown.toString());
        CliRun notANumber = CliRun.of("simulate", "--set", "trust_gain=high", SIALKOT);
        assertEquals(ExitCodes.USAGE_OR_IO, notANumber.exitCode(), notANumber.toString());
        CliRun noRuns = CliRun.of("simulate", "--runs", "0", SIALKOT);
        assertEquals(ExitCodes.USAGE_OR_IO, noRuns.exitCode(), noRuns.toString());
        CliRun tooMany = CliRun.of("simulate", "--runs", "2000000000", SIALKOT);
        assertEquals(ExitCodes.USAGE_OR_IO, tooMany.exitCode(), tooMany.toString());
        CliRun threads = CliRun.of("simulate", "--threads", "0", SIALKOT);
        assertEquals(ExitCodes.USAGE_OR_IO, threads.exitCode(), threads.toString());
        CliRun format = CliRun.of("simulate", "--format", "xml", SIALKOT);
        assertEquals(ExitCodes.USAGE_OR_IO, format.exitCode(), format.toString());
        assertTrue(format.err().contains("text, json, csv"), format.toString());
        CliRun missing = CliRun.of("simulate", "no-such.marshall");
        assertEquals(ExitCodes.USAGE_OR_IO, missing.exitCode(), missing.toString());
        assertFalse(missing.showsStackTrace());
    }

    @Test
    void aRuntimeErrorIsALocatedDiagnostic(@TempDir Path dir) throws Exception {
        Path programme = dir.resolve("spike.marshall");
        Files.writeString(programme, """
                programme "Spike" {
                  country = "X"; start = 2027-01; horizon = 6 months; currency = EUR
                  budget = 1_000 EUR; focus = growth; goal = "g"
                }
                use std.unido
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention spike : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month { x += 1 / (month - 2) } }
                """);
        CliRun run = CliRun.of("simulate", "--runs", "5", programme.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.err().contains("spike.marshall:8:21: error[E080]: division by zero in month 2 of run 1"), run.toString());
        assertTrue(run.err().contains("x += 1 / (month - 2)"), run.toString());
        assertEquals("", run.out());
        assertFalse(run.showsStackTrace());
    }

    @Test
    void errorsInTheProgrammeStopBeforeSimulating(@TempDir Path dir) throws Exception {
        Path programme = dir.resolve("broken.marshall");
        Files.writeString(programme, "programme \"Broken\" { horizon = 6 months }\nparam x = y\n");
        CliRun run = CliRun.of("simulate", programme.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error[E010]"), run.toString());
    }

    @Test
    void verboseNamesTheRuntimeAndOutputGoesToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("result.json");
        CliRun run = CliRun.of("simulate", "--runs", "20", "--verbose", "--format", "json", "--output", out.toString(), SIALKOT);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Truffle runtime: "), run.toString());
        assertTrue(run.err().contains("20 runs on"), run.toString());
        assertEquals("", run.out());
        assertTrue(Files.readString(out).startsWith("{\n  \"version\": 1,\n  \"runs\": 20,"));
    }

    @Test
    void progressBarNeedsATerminalAndASecond() {
        java.io.StringWriter text = new java.io.StringWriter();
        ProgressBar quiet = new ProgressBar(new java.io.PrintWriter(text), false);
        quiet.progress(1, 2);
        quiet.clear();
        assertEquals("", text.toString());
        ProgressBar early = new ProgressBar(new java.io.PrintWriter(text), true);
        early.progress(1, 2);
        assertEquals("", text.toString(), "nothing in the first second");
    }
}
