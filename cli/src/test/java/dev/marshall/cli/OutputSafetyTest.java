package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marshall.emit.Format;
import dev.marshall.emit.ReportWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output never destroys anything (docs/cli.md, "Output files"): no input of
 * the run is overwritten, only regular files are replaced, bad paths are
 * refused before any work, stream errors are exit 2, a report folder is always
 * one whole run.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    Path programme;
    String original;

    @BeforeEach
    void copyTheExample() throws IOException {
        original = Files.readString(Path.of(EmitCommandTest.SIALKOT));
        programme = Files.writeString(dir.resolve("p.marshall"), original);
    }

    private void assertRefused(CliRun run, String line) throws IOException {
        assertFalse(run.showsStackTrace(), run.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals(List.of(line), run.errLines(), run.toString());
        assertEquals(original, Files.readString(programme), "the programme is untouched");
    }

    @Test
    void noCommandOverwritesTheProgramme() throws IOException {
        String p = programme.toString();
        String refusal = "marshall: cannot write '" + p + "': is an input of this run (" + p + "); it is never overwritten";
        assertRefused(CliRun.of("emit", p, "--format", "json", "--no-simulation", "-o", p), refusal);
        assertRefused(CliRun.of("check", p, "-o", p), refusal);
        assertRefused(CliRun.of("simulate", p, "--runs", "5", "-o", p), refusal);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), programme);
        CliRun throughLink = CliRun.of("emit", p, "--format", "json", "--no-simulation", "-o", link.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, throughLink.exitCode(), throughLink.toString());
        assertEquals(original, Files.readString(programme));
    }

    @Test
    void noCommandOverwritesAUsedModule() throws IOException {
        Path module = Files.writeString(dir.resolve("common.marshall"), "// shared\n");
        Path main = Files.writeString(dir.resolve("main.marshall"), HostileInputTest.HEADER + "use \"common.marshall\"\n");
        CliRun run = CliRun.of("check", main.toString(), "-o", module.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertTrue(run.err().contains("is an input of this run"), run.toString());
        assertEquals("// shared\n", Files.readString(module));
    }

    @Test
    void aReportFolderHoldingTheProgrammeIsRefused() throws IOException {
        CliRun run = CliRun.of("report", programme.toString(), "--no-simulation", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("marshall: cannot write the report into '" + dir + "': holds an input of this run"), run.toString());
        assertEquals(original, Files.readString(programme));
    }

    @Test
    void devicesAndFifosAreNeverReplaced() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertRefused(CliRun.of("check", programme.toString(), "-o", "/dev/null"),
                "marshall: cannot write '/dev/null': is a character device; only regular files are replaced");
        Path pipe = HostileInputTest.fifo(dir.resolve("out.fifo"));
        assertRefused(CliRun.of("emit", programme.toString(), "--format", "csv", "--no-simulation", "-o", pipe.toString()),
                "marshall: cannot write '" + pipe + "': is a FIFO (named pipe); only regular files are replaced");
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "still a device");
    }

    @Test
    void emptyPathsAreRefusedBeforeAnyWork() throws IOException {
        // A million runs would take minutes: the refusal comes first.
        assertRefused(CliRun.of("simulate", programme.toString(), "--runs", "1000000", "-o", ""),
                "marshall: cannot write '': an empty path is not a file name");
        assertRefused(CliRun.of("report", programme.toString(), "--runs", "1000000", "--out", ""),
                "marshall: cannot write the report into '': an empty path is not a folder name");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertRefused(CliRun.of("emit", programme.toString(), "--format", "csv", "--runs", "1000000", "-o", folder.toString()),
                "marshall: cannot write '" + folder + "': is a directory");
    }

    @Test
    void dashIsStandardOutput() {
        CliRun run = CliRun.of("emit", programme.toString(), "--format", "csv", "--no-simulation", "-o", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().length() > 100, run.toString());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndAFileKeepsItsMode() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = Files.writeString(dir.resolve("target.csv"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
        CliRun run = CliRun.of("emit", programme.toString(), "--format", "csv", "--no-simulation", "-o", link.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(Files.isSymbolicLink(link), "the link stays");
        assertTrue(Files.readString(target).length() > 100, "its target was replaced");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(target));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("nowhere.csv"));
        CliRun refused = CliRun.of("emit", programme.toString(), "--format", "csv", "--no-simulation", "-o", dangling.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, refused.exitCode(), refused.toString());
        assertFalse(Files.exists(dir.resolve("nowhere.csv")));
    }

    @Test
    void aNewFileGetsWhatTheUmaskAllows() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Path out = dir.resolve("new.csv");
        CliRun run = CliRun.of("emit", programme.toString(), "--format", "csv", "--no-simulation", "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(umasked, Files.getPosixFilePermissions(out));
    }

    @Test
    void aStreamThatFailsIsExitTwoWithAMessage() {
        PrintWriter full = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        StringWriter err = new StringWriter();
        Io io = new Io(full, new PrintWriter(err), Map.of(), false, false, Path.of("").toAbsolutePath());
        int code = Marshall.run(new String[] {"check", programme.toString()}, io);
        assertEquals(ExitCodes.USAGE_OR_IO, code);
        assertTrue(err.toString().startsWith("marshall: cannot write to standard output"), err.toString());
    }

    @Test
    void aReportFolderIsAlwaysOneWholeRunAndStaleLeftoversGo() throws IOException {
        Path report = dir.resolve("out");
        assertEquals(ExitCodes.OK, CliRun.of("report", programme.toString(), "--runs", "5", "--seed", "1", "--out", report.toString()).exitCode());
        // What a killed run of an earlier version, and a killed run of this one, left behind.
        Files.writeString(report.resolve(".index.html.123456.tmp"), "half");
        Path partial = Files.createDirectory(dir.resolve(".out.999999999-abc.partial"));
        Files.writeString(partial.resolve("index.html"), "half");
        CliRun again = CliRun.of("report", programme.toString(), "--runs", "5", "--seed", "7", "--out", report.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
        Set<String> expected = new TreeSet<>(ReportWriter.fileNames());
        assertEquals(expected, names(report), "exactly one run's files");
        assertEquals(Set.of("out", "p.marshall"), names(dir), "no temporary folder is left");
        for (Format f : Format.values()) assertTrue(Files.size(report.resolve(f.fileName())) > 0);
    }

    @Test
    void aFolderWithOtherFilesOrAFolderInTheWayIsRefusedAndUntouched() throws IOException {
        Path report = Files.createDirectory(dir.resolve("out"));
        Files.writeString(report.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("report", programme.toString(), "--no-simulation", "--out", report.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertTrue(run.err().contains("holds 'notes.txt', which is not part of a report"), run.toString());
        assertEquals("mine", Files.readString(report.resolve("notes.txt")));
        Files.delete(report.resolve("notes.txt"));
        Files.createDirectory(report.resolve("logframe.csv"));
        CliRun blocked = CliRun.of("report", programme.toString(), "--no-simulation", "--out", report.toString());
        assertEquals(List.of("marshall: cannot write the report into '" + report + "': '" + report.resolve("logframe.csv")
                + "' is a folder where the report's file should be; remove it"), blocked.errLines(), blocked.toString());
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
