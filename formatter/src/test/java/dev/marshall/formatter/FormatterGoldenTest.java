package dev.marshall.formatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messy layouts beside their canonical form: {@code golden/NAME.marshall} must
 * format to {@code golden/NAME.expected.marshall}. {@code -Dgolden.update=true}
 * rewrites the expected files; inspect the diff after.
 */
class FormatterGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/dev/marshall/formatter/golden");

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.toString().endsWith(".marshall") && !p.toString().endsWith(".expected.marshall"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void formatsToTheExpectedLayout(Path input) throws IOException {
        FormatResult result = Formatter.format(Files.readString(input, StandardCharsets.UTF_8));
        assertFalse(result.refused(), () -> input + " was refused: " + result.problems());
        Path expected = GOLDEN.resolve(input.getFileName().toString().replace(".marshall", ".expected.marshall"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, result.text(), StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expected), "missing " + expected + " (run with -Dgolden.update=true to create it)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), result.text(), "formatted " + input + " differs from " + expected);
    }
}
