package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are replaced whole or not at all, and a failed write leaves no temporary file behind. */
class AtomicWritingTest {

    @TempDir
    Path folder;

    @Test
    void writesAndReplaces() throws IOException {
        Path file = folder.resolve("logframe.md");
        AtomicFiles.write(file, "first");
        AtomicFiles.write(file, "second, longer than the first");
        assertEquals("second, longer than the first", Files.readString(file));
        assertEquals(List.of(file), list(folder), "no temporary file is left");
    }

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        // The target is a non-empty folder: the rename onto it fails after the temporary file was written.
        Path target = folder.resolve("index.html");
        Files.createDirectories(target);
        Path inside = target.resolve("keep.txt");
        Files.writeString(inside, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "new report"));
        assertEquals("old", Files.readString(inside));
        assertEquals(List.of(target), list(folder), "the temporary file was removed");
    }

    @Test
    void writesIntoFoldersThatDoNotExistYet() throws IOException {
        Path file = folder.resolve("a/b/c.csv");
        AtomicFiles.write(file, "x,y\n");
        assertEquals("x,y\n", Files.readString(file));
    }

    @Test
    void theReportFolderHoldsTheIndexAndEveryFormat() throws IOException {
        Framework framework = GoldenFormatsTest.fixture();
        List<Path> written = ReportWriter.write(folder.resolve("report"), framework);
        assertEquals(Format.values().length + 1, written.size());
        assertEquals(folder.resolve("report").resolve(ReportWriter.INDEX), written.get(written.size() - 1), "the index is written last");
        Map<String, byte[]> expected = ReportWriter.documents(framework);
        for (Path file : written) assertArrayEquals(expected.get(file.getFileName().toString()), Files.readAllBytes(file));
        for (Format f : Format.values()) assertTrue(Files.exists(folder.resolve("report").resolve(f.fileName())), f.fileName());
    }

    @Test
    void rewritingTheReportGivesTheSameBytes() throws IOException {
        Path report = folder.resolve("report");
        ReportWriter.write(report, GoldenFormatsTest.fixture());
        byte[] first = Files.readAllBytes(report.resolve("index.html"));
        ReportWriter.write(report, GoldenFormatsTest.fixture());
        assertArrayEquals(first, Files.readAllBytes(report.resolve("index.html")));
        assertEquals(Format.values().length + 1, list(report).size(), "no temporary file is left");
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }
}
