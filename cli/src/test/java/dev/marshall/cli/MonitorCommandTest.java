package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marshall monitor}, {@code sensitivity} and {@code emit --format actuals-template} from the command line. */
class MonitorCommandTest {
    private static final String PACE = Path.of("../interpreter/src/test/resources/monitor/pace.marshall").toString();

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void updatesTheForecastTheSameOnAnyThreadCount() throws IOException {
        Path actuals = csv("a.csv", "date,what,value\n2027-03,membership,3\n2027-06,membership,6\n2027-01,organise,started\n");
        CliRun one = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--as-of", "2027-06", "--runs", "300", "--threads", "1");
        CliRun three = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--as-of", "2027-06", "--runs", "300", "--threads", "3");
        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(one.out(), three.out());
        assertTrue(one.out().contains("group_formed"), one.out());
        assertTrue(one.out().contains("plan P(on time)"), one.out());
        CliRun json = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--runs", "300", "--format", "json");
        assertEquals(0, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"asOf\": 6"), json.out());
    }

    /** Bad actuals: exit 1 and one located line per problem (file:line:col), never a stack trace. */
    @Test
    void badActualsGetALocatedOneLineError() throws IOException {
        List<String[]> cases = List.of(
                new String[] {"missing.csv", "date,what\n2027-03,membership\n", ":1:1: error[E200]"},
                new String[] {"bom.csv", "\uFEFFdate,what,value\n2027-03,membership,3\n", ":1:1: error[E201]"},
                new String[] {"quote.csv", "date,what,value\n2027-03,member\"ship,3\n", ":2:15: error[E202]"},
                new String[] {"month.csv", "date,what,value\n2028-13,membership,3\n", ":2:1: error[E204]"});
        for (String[] c : cases) {
            Path actuals = csv(c[0], c[1]);
            CliRun run = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--runs", "50");
            assertEquals(1, run.exitCode(), run.toString());
            assertFalse(run.showsStackTrace(), run.toString());
            assertEquals(1, run.errLines().stream().filter(l -> l.contains(": error[")).count(), run.toString());
            assertTrue(run.err().contains(actuals + c[2]), run.toString());
            assertEquals("", run.out());
        }
    }

    @Test
    void aMillionRowsAreRefusedAtTheLimit() throws IOException {
        Path actuals = dir.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(actuals, StandardCharsets.UTF_8)) {
            out.write("date,what,value\n");
            for (int i = 0; i < 1_000_000; i++) out.write("2027-03,membership,3\n");
        }
        CliRun run = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--runs", "50");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains(actuals + ":100002:1: error[E210]"), run.toString());
    }

    @Test
    void usageAndIoErrorsExitTwo() throws IOException {
        Path actuals = csv("ok.csv", "date,what,value\n2027-03,membership,3\n");
        CliRun missing = CliRun.of("monitor", PACE, "--actuals", dir.resolve("none.csv").toString());
        assertEquals(2, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("cannot read"), missing.toString());
        CliRun asOf = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--as-of", "2031-01");
        assertEquals(2, asOf.exitCode(), asOf.toString());
        assertTrue(asOf.err().contains("outside the programme"), asOf.toString());
        CliRun noActuals = CliRun.of("monitor", PACE);
        assertEquals(2, noActuals.exitCode(), noActuals.toString());
        CliRun overInput = CliRun.of("monitor", PACE, "--actuals", actuals.toString(), "--output", actuals.toString());
        assertEquals(2, overInput.exitCode(), overInput.toString());
        assertEquals("date,what,value\n2027-03,membership,3\n", Files.readString(actuals));
    }

    @Test
    void sensitivityInEveryFormat() {
        CliRun text = CliRun.of("sensitivity", PACE, "--runs", "200", "--threads", "2");
        assertEquals(0, text.exitCode(), text.toString());
        assertTrue(text.out().contains("Milestone group_formed"), text.out());
        CliRun csv = CliRun.of("sensitivity", PACE, "--runs", "200", "--format", "csv", "--set", "unused=1");
        assertEquals(0, csv.exitCode(), csv.toString());
        assertTrue(csv.out().startsWith("kind,outcome,plan_p,param"), csv.out());
        assertFalse(csv.out().contains(",unused,"), "a param fixed with --set is not varied: " + csv.out());
        CliRun unknown = CliRun.of("sensitivity", PACE, "--set", "nope=1");
        assertEquals(2, unknown.exitCode(), unknown.toString());
    }

    @Test
    void theTemplateHasARowPerThingToReport() {
        CliRun run = CliRun.of("emit", PACE, "--format", "actuals-template");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("date,what,value,group,note\n2027-03,membership,,,"), run.out());
        assertTrue(run.out().contains("2027-10,group_formed,,,"), run.out());
        assertTrue(run.out().contains(",organise,,,\"'started'"), run.out());
    }
}
