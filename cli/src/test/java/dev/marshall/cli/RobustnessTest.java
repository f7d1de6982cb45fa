package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the real {@code marshall check}: each gets a located
 * diagnostic or a one-line I/O error, the documented exit code, within
 * seconds, and never a stack trace.
 */
class RobustnessTest {
    /** Generous for a 2-core machine shared with other builds; a hang or a quadratic blow-up still fails. */
    private static final Duration LIMIT = Duration.ofSeconds(20);
    /** A diagnostic the user can act on never needs more than this much output, whatever the input's size. */
    private static final int MAX_OUTPUT = 1_000_000;

    @TempDir
    Path dir;

    private static String sialkot() throws IOException {
        return Files.readString(Path.of("../examples/src/test/resources/spec/sialkot.marshall"), StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static CliRun check(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.of("check", "--color=never", file.toString()));
    }

    /** Exit 1 with at least one {@code path:line:col: error[CODE]} diagnostic (CODE, when given) and a source line under it. */
    private static void assertLocatedError(CliRun run, Path file, String code) {
        assertFalse(run.showsStackTrace(), run.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        String located = Pattern.quote(file.toString()) + ":\\d+:\\d+: error\\[" + (code == null ? "E\\d+" : code) + "\\]: .+\\n +\\d+ \\|";
        assertTrue(Pattern.compile(located).matcher(run.out()).find(), "no located error " + (code == null ? "" : code) + " in\n" + run);
        assertTrue(run.out().length() < MAX_OUTPUT, "output of " + run.out().length() + " characters");
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.marshall", "");
        assertLocatedError(check(file), file, null);
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        byte[] latin1 = "programme \"Caf\u00e9 cluster\" {\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.marshall", latin1);
        assertLocatedError(check(file), file, "E009");
    }

    @Test
    void tenMegabyteValidProgramme() throws IOException {
        StringBuilder text = new StringBuilder(sialkot());
        int i = 0;
        while (text.length() < 10_000_000) {
            text.append("assumption \"Generated assumption number ").append(i++).append(" holds for the whole horizon\"\n");
        }
        Path file = write("big.marshall", text.toString());
        CliRun run = check(file);
        assertFalse(run.showsStackTrace(), run.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains(file + ": 0 errors"), run.toString());
    }

    @Test
    void tenMegabytesOfGarbage() throws IOException {
        String line = "this is not ] a { programme %% at all ;;\n";
        Path file = write("garbage.marshall", line.repeat(10_000_000 / line.length() + 1));
        assertLocatedError(check(file), file, null);
    }

    @Test
    void twentyThousandNestedParentheses() throws IOException {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        Path file = write("deep.marshall", sialkot() + "\nparam deep = " + deep + "\n");
        CliRun run = check(file);
        assertFalse(run.showsStackTrace(), run.toString());
        // Deep but well-formed: accepted, or refused with a located diagnostic (E006); never a crash.
        if (run.exitCode() != ExitCodes.OK) assertLocatedError(run, file, null);
    }

    @Test
    void nulByte() throws IOException {
        String text = sialkot().replace("country  = \"Pakistan\"", "country  = \"Paki\u0000stan\"");
        Path file = write("nul.marshall", text.replace("param trust_gain", "param \u0000trust_gain"));
        CliRun run = check(file);
        assertLocatedError(run, file, null);
        assertFalse(run.out().contains("\u0000"), "a NUL byte reached the terminal");
    }

    @Test
    void unterminatedString() throws IOException {
        Path file = write("string.marshall", sialkot() + "\nassumption \"never closed\n");
        assertLocatedError(check(file), file, "E002");
    }

    @Test
    void unterminatedComment() throws IOException {
        Path file = write("comment.marshall", sialkot() + "\n/* never closed\n");
        assertLocatedError(check(file), file, "E003");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.marshall");
        CliRun run = check(file);
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals(java.util.List.of("marshall: cannot read '" + file + "': no such file"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void directoryGivenAsAFile() {
        CliRun run = check(dir);
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals(java.util.List.of("marshall: cannot read '" + dir + "': is a directory"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void anUnreadableFileIsNotFatalForTheOthers() throws IOException {
        Path good = write("good.marshall", sialkot());
        Path absent = dir.resolve("absent.marshall");
        CliRun run = assertTimeoutPreemptively(LIMIT, () -> CliRun.of("check", good.toString(), absent.toString()));
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertTrue(run.out().contains(good + ": 0 errors"), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
    }
}
