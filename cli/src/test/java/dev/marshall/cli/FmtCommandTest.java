package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marshall fmt}: in place, --check, --stdin, refusal of broken text, exit codes. */
class FmtCommandTest {
    private static final String MESSY = "use std.unido\nparam a=1\nparam longer = 2\n";
    private static final String FORMATTED = "use std.unido\nparam a      = 1\nparam longer = 2\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void rewritesAFileInPlace() throws IOException {
        Path file = write("messy.marshall", MESSY);
        CliRun run = CliRun.of("fmt", file.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(FORMATTED, read(file));
        assertEquals("", run.out());
        assertEquals("", run.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aFileAlreadyFormattedIsNotWritten() throws IOException {
        Path file = write("tidy.marshall", Formatted.of(MESSY));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        assertEquals(ExitCodes.OK, CliRun.of("fmt", file.toString()).exitCode());
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void checkNamesTheFilesThatWouldChangeAndWritesNothing() throws IOException {
        Path messy = write("messy.marshall", MESSY);
        Path tidy = write("tidy.marshall", Formatted.of(MESSY));
        CliRun run = CliRun.of("fmt", "--check", tidy.toString(), messy.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertEquals(messy + "\n", run.out());
        assertEquals(MESSY, read(messy));
        assertEquals(ExitCodes.OK, CliRun.of("fmt", "--check", tidy.toString()).exitCode());
    }

    @Test
    void everyExampleIsInTheCanonicalLayout() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            String[] args = Stream.concat(Stream.of("fmt", "--check"),
                    files.filter(p -> p.toString().endsWith(".marshall")).sorted().map(Path::toString)).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        }
    }

    @Test
    void aFileWithSyntaxErrorsIsReportedAsCheckReportsItAndLeftAlone() throws IOException {
        String broken = "use std.unido\nparam = 3\nparam  b=1\n";
        Path file = write("broken.marshall", broken);
        CliRun run = CliRun.of("fmt", "--color", "never", file.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertEquals(broken, read(file));
        assertTrue(run.err().contains(file + ":2:7: error[E001]"), run.toString());
        assertTrue(run.err().contains(" 2 | param = 3"), run.toString());
        assertTrue(run.err().contains("marshall: not formatted '" + file + "': it has syntax errors"), run.toString());
        assertEquals("", run.out());
        assertFalse(run.showsStackTrace());
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithE009() throws IOException {
        Path file = dir.resolve("latin1.marshall");
        Files.write(file, new byte[] {'p', 'a', 'r', 'a', 'm', ' ', 'x', ' ', '=', ' ', '"', (byte) 0xe9, '"', '\n'});
        CliRun run = CliRun.of("fmt", file.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.err().contains("E009"), run.toString());
    }

    @Test
    void standardInputToStandardOutput() {
        CliRun run = withStdin(MESSY, "fmt", "--stdin");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(Formatted.of(MESSY), run.out());
        CliRun check = withStdin(MESSY, "fmt", "--stdin", "--check");
        assertEquals(ExitCodes.FINDINGS, check.exitCode(), check.toString());
        assertEquals("<stdin>\n", check.out());
        CliRun broken = withStdin("param = 1\n", "fmt", "--stdin");
        assertEquals(ExitCodes.FINDINGS, broken.exitCode(), broken.toString());
        assertEquals("", broken.out());
        assertTrue(broken.err().contains("<stdin>:1:7: error[E001]"), broken.toString());
    }

    @Test
    void usageAndIoErrorsExitWithTwo() throws IOException {
        assertEquals(ExitCodes.USAGE_OR_IO, CliRun.of("fmt").exitCode());
        CliRun both = withStdin("", "fmt", "--stdin", "x.marshall");
        assertEquals(ExitCodes.USAGE_OR_IO, both.exitCode());
        assertTrue(both.err().contains("not both"), both.toString());
        Path good = write("good.marshall", MESSY);
        CliRun missing = CliRun.of("fmt", dir.resolve("missing.marshall").toString(), dir.toString(), good.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("no such file"), missing.toString());
        assertTrue(missing.err().contains("is a directory") || missing.err().contains("not a regular file"), missing.toString());
        assertEquals(Formatted.of(MESSY), read(good), "the other files are still formatted");
    }

    @Test
    void aLinkStaysALinkAndPermissionsAreKept() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = write("real.marshall", MESSY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.marshall"), file.getFileName());
        assertEquals(ExitCodes.OK, CliRun.of("fmt", link.toString()).exitCode());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Formatted.of(MESSY), read(file));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static CliRun withStdin(String text, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(original);
        }
    }

    /** What the formatter library makes of a text: the command must write exactly that. */
    private static final class Formatted {
        static String of(String text) {
            return dev.marshall.formatter.Formatter.format(text).text();
        }
    }
}
