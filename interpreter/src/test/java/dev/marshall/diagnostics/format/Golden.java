package dev.marshall.diagnostics.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with an expected file under {@code src/test/resources}. The
 * expected file is rewritten only when the build is run with
 * {@code -Dgolden.update=true}, and the test then still fails once, so a
 * regeneration is never silent.
 */
final class Golden {
    private static final Path FOLDER = Path.of("src/test/resources/dev/marshall/diagnostics/format/golden");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path expectedFile = FOLDER.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(FOLDER);
            String previous = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : null;
            if (!actual.equals(previous)) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
                throw new AssertionError("golden file " + expectedFile + " rewritten; check the diff and run again without -Dgolden.update");
            }
            return;
        }
        if (!Files.exists(expectedFile)) {
            throw new AssertionError("no golden file " + expectedFile + "; create it with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, "output differs from " + expectedFile);
    }
}
