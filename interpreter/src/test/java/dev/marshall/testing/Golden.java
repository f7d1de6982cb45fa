package dev.marshall.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output lives beside the test inputs in
 * {@code src/test/resources}; a test fails on any difference and shows the
 * first differing line. Goldens are rewritten only when the build is run with
 * {@code -Dgolden.update=true}, never silently; otherwise a missing or
 * different golden fails the test.
 */
public final class Golden {
    private Golden() {}

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (updating()) {
            if (golden.getParent() != null) Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) fail("missing golden file " + golden + " (run with -Dgolden.update=true to create it)");
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) fail("output differs from " + golden + ":\n" + firstDifference(expected, actual)
                + "\n(run with -Dgolden.update=true to accept the new output)");
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
