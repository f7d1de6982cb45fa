package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** The command line itself: help, version, usage errors, crashes. */
class CommandLineTest {

    @Test
    void versionNamesMarshallAndItsBuild() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("marshall "), run.toString());
        assertFalse(run.out().contains("${"), "the version was not filled in by the build: " + run.out());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("check"), run.toString());
        CliRun checkHelp = CliRun.of("check", "--help");
        assertEquals(0, checkHelp.exitCode());
        assertTrue(checkHelp.out().contains("--format"), checkHelp.toString());
        assertFalse(checkHelp.out().contains("\u001b"), "help is coloured though no terminal");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().startsWith("marshall: "), run.toString());
    }

    @Test
    void aWrongOptionIsTwoLinesAndExitTwo() {
        CliRun run = CliRun.of("check", "--format", "yaml", "x.marshall");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
        assertEquals(2, run.errLines().size(), run.toString());
        assertTrue(run.errLines().get(0).contains("text, json, sarif"), run.toString());
        assertEquals("Try 'marshall check --help' for more information.", run.errLines().get(1));
        assertEquals("", run.out());
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        CliRun run = CliRun.of("check");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.toString());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("chekc", "x.marshall");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertFalse(run.showsStackTrace());
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Command(name = "overflow")
    static final class Overflow implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void aBugIsOneLineAndAFileNeverAStackTrace() throws Exception {
        for (Object command : List.of(new Boom(), new Overflow())) {
            String name = command.getClass().getAnnotation(Command.class).name();
            CliRun run = CliRun.run(Map.of(), false, List.of(command), name);
            assertEquals(ExitCodes.INTERNAL_ERROR, run.exitCode(), run.toString());
            assertFalse(run.showsStackTrace(), run.toString());
            assertEquals(1, run.errLines().size(), run.toString());
            String line = run.errLines().get(0);
            assertTrue(line.startsWith("marshall: internal error") && line.contains("report"), line);
            Path details = Path.of(line.substring(line.indexOf("the details are in ") + "the details are in ".length()));
            try {
                String written = Files.readString(details);
                assertTrue(written.contains(name.equals("boom") ? "IllegalStateException: a bug" : "StackOverflowError"), written);
                assertTrue(written.contains("\tat "), "the file holds the stack trace");
            } finally {
                Files.deleteIfExists(details);
            }
        }
    }

    @Test
    void writesOutputAtomicallyWhereAsked(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out/diagnostics.json");
        Path missing = dir.resolve("missing.marshall");
        CliRun run = CliRun.of("check", "--format", "json", "-o", target.toString(), missing.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertTrue(Files.readString(target).contains("\"version\": 1"));
        try (var listing = Files.list(target.getParent())) {
            assertEquals(List.of(target), listing.toList(), "a temporary file was left behind");
        }
    }
}
