package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --runs}, {@code --threads}, {@code --set}, {@code --verbose}, {@code --format} and
 * {@code -o} behave the same in {@code simulate}, {@code emit} and {@code report}: the same
 * checks, at the same moment, in the same words, whatever the mode.
 */
class RunOptionsTest {
    private static final String SIALKOT = "../examples/src/test/resources/spec/sialkot.marshall";
    private static final String MISSING = "no-such-programme.marshall";

    @TempDir
    Path folder;

    /** The command line of each command, with the options under test added after it. */
    private List<List<String>> everyCommand(String... options) {
        List<String> extra = List.of(options);
        return List.of(
                concat(List.of("simulate"), extra),
                concat(List.of("emit", "--format", "json"), extra),
                concat(List.of("emit", "--format", "json", "--no-simulation"), extra),
                concat(List.of("report", "-o", folder.resolve("r").toString()), extra),
                concat(List.of("report", "--no-simulation", "-o", folder.resolve("r").toString()), extra));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static CliRun run(List<String> args) {
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Exit 2 with exactly `marshall: message` and the help line of that command. */
    private static void assertUsage(List<String> args, String message) {
        CliRun run = run(args);
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), args + "\n" + run);
        assertEquals(List.of("marshall: " + message, "Try 'marshall " + args.get(0) + " --help' for more information."),
                run.errLines(), args + "\n" + run);
        assertEquals("", run.out());
    }

    @Test
    void badValuesAreRefusedBeforeTheProgrammeIsReadInEveryMode() {
        // The file does not exist: a value error must come first, so it is checked before reading.
        for (List<String> args : everyCommand("--runs", "0", MISSING)) {
            assertUsage(args, "--runs must be between 1 and 1000000, got 0");
        }
        for (List<String> args : everyCommand("--threads", "999", MISSING)) {
            assertUsage(args, "--threads must be between 1 and 256, got 999");
        }
        for (List<String> args : everyCommand("--set", "trust_gain=abc", MISSING)) {
            assertUsage(args, "--set trust_gain: 'abc' is not a number");
        }
        for (List<String> args : everyCommand("--set", "trust_gain", MISSING)) {
            assertUsage(args, "--set trust_gain: expected NAME=VALUE, e.g. --set trust_gain=0.05");
        }
        for (List<String> args : everyCommand("--set", "=5", MISSING)) {
            assertUsage(args, "--set =5: expected NAME=VALUE, the name is missing");
        }
    }

    @Test
    void anUnknownParamIsRefusedInEveryModeWithASuggestion() {
        for (List<String> args : everyCommand("--runs", "5", "--set", "trust_gian=0.1", SIALKOT)) {
            assertUsage(args, "--set trust_gian: the programme has no param 'trust_gian'; did you mean 'trust_gain'?"
                    + " (its params: trust_gain, network_pull)");
        }
        for (List<String> args : everyCommand("--runs", "5", "--set", "nope=1", SIALKOT)) {
            CliRun run = run(args);
            assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
            assertTrue(run.errLines().get(0).startsWith("marshall: --set nope: the programme has no param 'nope' (its"), run.toString());
            assertFalse(run.err().contains("did you mean"), run.toString());
        }
    }

    @Test
    void formatIsCaseInsensitiveEverywhere() {
        CliRun simulate = CliRun.of("simulate", "--runs", "5", "--format", "JSON", SIALKOT);
        assertEquals(ExitCodes.OK, simulate.exitCode(), simulate.toString());
        CliRun emit = CliRun.of("emit", "--no-simulation", "--format", "Logframe-MD", SIALKOT);
        assertEquals(ExitCodes.OK, emit.exitCode(), emit.toString());
        assertTrue(emit.out().contains("## Results framework"), emit.out());
    }

    @Test
    void outAndOutputAreTheSameOptionOnEveryCommand() throws Exception {
        String[][] calls = {
            {"check", "--out", folder.resolve("check.txt").toString(), SIALKOT},
            {"simulate", "--runs", "5", "--out", folder.resolve("simulate.txt").toString(), SIALKOT},
            {"emit", "--no-simulation", "--format", "csv", "--output", folder.resolve("emit.csv").toString(), SIALKOT},
        };
        for (String[] call : calls) {
            CliRun run = CliRun.of(call);
            assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", call) + "\n" + run);
            assertEquals("", run.out(), String.join(" ", call));
        }
        assertTrue(Files.size(folder.resolve("check.txt")) > 0);
        assertTrue(Files.readString(folder.resolve("simulate.txt")).contains("5 runs"));
        assertTrue(Files.size(folder.resolve("emit.csv")) > 0);
        CliRun report = CliRun.of("report", "--no-simulation", "--output", folder.resolve("rep").toString(), SIALKOT);
        assertEquals(ExitCodes.OK, report.exitCode(), report.toString());
        assertTrue(Files.exists(folder.resolve("rep/index.html")));
    }

    @Test
    void verboseNamesTheRuntimeInEmitAndReportToo() {
        CliRun emit = CliRun.of("emit", "-v", "--runs", "5", "--format", "json", SIALKOT);
        assertEquals(ExitCodes.OK, emit.exitCode(), emit.toString());
        assertTrue(emit.err().contains("marshall: Truffle runtime: "), emit.toString());
        assertTrue(emit.err().contains("marshall: 5 runs on "), emit.toString());
        CliRun report = CliRun.of("report", "--verbose", "--runs", "5", "-o", folder.resolve("v").toString(), SIALKOT);
        assertEquals(ExitCodes.OK, report.exitCode(), report.toString());
        assertTrue(report.err().contains("marshall: Truffle runtime: "), report.toString());
        CliRun planned = CliRun.of("emit", "-v", "--no-simulation", "--format", "json", SIALKOT);
        assertEquals(ExitCodes.OK, planned.exitCode(), planned.toString());
        assertEquals(List.of("marshall: not simulated (--no-simulation): no guest code runs"), planned.errLines());
    }

    @Test
    void helpSaysColourIsForDiagnosticsAndListsEmitFormatsWhole() {
        CliRun simulate = CliRun.of("simulate", "--help");
        assertTrue(simulate.out().contains("Colour diagnostics"), simulate.out());
        assertFalse(simulate.out().contains("Colour the output"), simulate.out());
        CliRun emit = CliRun.of("emit", "--help");
        assertEquals(ExitCodes.OK, emit.exitCode());
        assertTrue(emit.out().contains("\n  calendar-csv                the reporting calendar\n"), emit.out());
    }

    /** picocli wraps a footer line wider than the help, mid-sentence: every line must fit as written. */
    @Test
    void everyFooterLineFitsTheHelpWidth() {
        picocli.CommandLine marshall = new picocli.CommandLine(new Marshall(Io.system()));
        for (picocli.CommandLine command : marshall.getSubcommands().values()) {
            int width = command.getCommandSpec().usageMessage().width();
            for (String line : command.getCommandSpec().usageMessage().footer()) {
                assertTrue(line.length() <= width, command.getCommandName() + ": footer line wider than " + width + ": " + line);
            }
        }
    }
}
