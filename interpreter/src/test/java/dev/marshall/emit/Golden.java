package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output lives beside the test inputs in
 * {@code src/test/resources}; a test fails on any difference and shows the
 * first differing line. Golden files are rewritten only when the build is run
 * with {@code -Dgolden.update=true}, never silently.
 */
public final class Golden {
    static final Path ROOT = Path.of("src/test/resources/dev/marshall/emit/golden");

    private Golden() {}

    public static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    /** Compares {@code actual} with the golden file {@code name} (relative to the golden folder). */
    public static void check(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " is missing; run the build with -Dgolden.update=true to create it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) fail("output differs from golden file " + file + ":\n" + firstDifference(expected, actual)
                    + "\n(run with -Dgolden.update=true to accept the new output)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) return "line " + (i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
        }
        return "(no line differs; line endings differ)";
    }
}
