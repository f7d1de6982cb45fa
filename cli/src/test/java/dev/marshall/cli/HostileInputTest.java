package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.source.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input a CI pipeline may be handed by someone it does not trust, through the
 * real {@code marshall check}: FIFOs, devices, link loops, huge or garbled
 * files. Each is refused at once or answered with a bounded number of
 * diagnostics (docs/cli.md, "Limits").
 */
class HostileInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    static final String HEADER = "programme \"P\" {\n  start = 2027-01\n  horizon = 12 months\n  currency = EUR\n  budget = 10 EUR\n}\n";

    @TempDir
    Path dir;

    private static CliRun check(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of("check", "--color=never", file.toString()));
    }

    static Path fifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is not available");
        return path;
    }

    private static void assertOneLine(CliRun run, String line) {
        assertFalse(run.showsStackTrace(), run.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals(List.of(line), run.errLines(), run.toString());
    }

    @Test
    void aFifoIsRefusedAtOnceNotOpened() throws Exception {
        Path pipe = fifo(dir.resolve("p.marshall"));
        assertOneLine(check(pipe), "marshall: cannot read '" + pipe + "': is a FIFO (named pipe), not a regular file");
        CliRun simulate = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("simulate", pipe.toString()));
        assertEquals(ExitCodes.USAGE_OR_IO, simulate.exitCode(), simulate.toString());
    }

    @Test
    void aDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertOneLine(check(zero), "marshall: cannot read '/dev/zero': is a character device, not a regular file");
    }

    @Test
    void aSymbolicLinkLoopSaysSo() throws IOException {
        Path a = dir.resolve("a.marshall");
        Path b = dir.resolve("b.marshall");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertOneLine(check(a), "marshall: cannot read '" + a + "': symbolic link loop");
        Path dangling = Files.createSymbolicLink(dir.resolve("d.marshall"), dir.resolve("gone.marshall"));
        assertOneLine(check(dangling), "marshall: cannot read '" + dangling + "': is a symbolic link to a file that does not exist");
    }

    @Test
    void aFifoOrLoopOrFolderAsAUsedModuleIsALocatedError() throws Exception {
        fifo(dir.resolve("pipe.marshall"));
        Files.createDirectory(dir.resolve("folder.marshall"));
        Files.createSymbolicLink(dir.resolve("x.marshall"), dir.resolve("y.marshall"));
        Files.createSymbolicLink(dir.resolve("y.marshall"), dir.resolve("x.marshall"));
        Path main = Files.writeString(dir.resolve("main.marshall"),
                HEADER + "use \"pipe.marshall\"\nuse \"folder.marshall\"\nuse \"x.marshall\"\n");
        CliRun run = check(main);
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().contains(main + ":7:1: error[E015]: cannot use \"pipe.marshall\": is a FIFO (named pipe), not a regular file"), run.out());
        assertTrue(run.out().contains(main + ":8:1: error[E015]: cannot use \"folder.marshall\": is a directory"), run.out());
        assertTrue(run.out().contains(main + ":9:1: error[E015]: cannot use \"x.marshall\": symbolic link loop"), run.out());
    }

    @Test
    void aNulCharacterInAUsePathIsALocatedError() throws IOException {
        Path main = Files.writeString(dir.resolve("main.marshall"), HEADER + "use \"a\u0000b.marshall\"\n");
        CliRun run = check(main);
        assertFalse(run.showsStackTrace(), run.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().contains(main + ":7:1: error[E015]: "), run.out());
        assertTrue(run.out().contains("it holds a NUL character"), run.out());
    }

    @Test
    void aFileOverTheInputLimitIsRefusedWithTheLimitAndHowToRaiseIt() throws IOException {
        Path big = Files.writeString(dir.resolve("big.marshall"), HEADER + "// " + "x".repeat(1000) + "\n");
        String previous = System.getProperty(InputFiles.MAX_BYTES_PROPERTY);
        System.setProperty(InputFiles.MAX_BYTES_PROPERTY, "500");
        try {
            CliRun run = check(big);
            assertOneLine(run, "marshall: cannot read '" + big + "': is " + Files.size(big) + " bytes, more than the input limit of 500 bytes"
                    + " (raise it with -Dmarshall.input.maxBytes=BYTES, see docs/cli.md)");
        } finally {
            if (previous == null) System.clearProperty(InputFiles.MAX_BYTES_PROPERTY); else System.setProperty(InputFiles.MAX_BYTES_PROPERTY, previous);
        }
        assertEquals(ExitCodes.OK, check(big).exitCode(), "the default limit is far above this");
    }

    @Test
    void aRunOfNulBytesIsOneDiagnostic() throws IOException {
        Path file = Files.write(dir.resolve("nul.marshall"), new byte[300_000]);
        CliRun run = check(file);
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertEquals(1, run.out().split("error\\[E004\\]", -1).length - 1, run.toString());
        assertTrue(run.out().length() < 10_000, "output of " + run.out().length() + " characters");
    }

    @Test
    void aLongChainOfTheSameErrorIsOneDiagnostic() throws IOException {
        Path file = Files.writeString(dir.resolve("chain.marshall"), HEADER + "param p = c" + ".x".repeat(100_000) + "\n", StandardCharsets.UTF_8);
        CliRun run = check(file);
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        long errors = run.out().lines().filter(l -> l.contains(": error[")).count();
        assertTrue(errors <= 3, errors + " errors\n" + run);
        assertTrue(run.out().length() < 10_000, "output of " + run.out().length() + " characters");
    }

    @Test
    void afterTheLimitPerFileOneNoteSaysHowManyMore() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) text.append("param p").append(i).append(" = unknown").append(i).append("\n\n");
        Path file = Files.writeString(dir.resolve("many.marshall"), text.toString());
        CliRun run = check(file);
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertEquals(DiagnosticSink.DEFAULT_LIMIT, run.out().lines().filter(l -> l.contains(": error[E010]")).count(), run.out());
        assertTrue(run.out().contains("note[N001]: 150 more diagnostics in this file not shown (only the first 100 are kept)"), run.out());
        CliRun json = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("check", "--format", "json", file.toString()));
        assertTrue(json.out().contains("\"N001\""), "the note is in every format");
    }
}
