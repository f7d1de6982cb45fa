package dev.marshall.formatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fmt(fmt(x)) == fmt(x) over every Marshall file of the repository, and the
 * examples are already in the canonical layout (sialkot.marshall is normative:
 * the style is derived from it, and it must not change).
 */
class IdempotenceTest {

    static Stream<Path> programmes() {
        return RepositoryProgrammes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void formattingTwiceChangesNothingMore(Path file) throws IOException {
        String text = read(file);
        assumeFalse(text == null, file + " is not UTF-8 (a test of E009)");
        FormatResult once = Formatter.format(text);
        assumeFalse(once.refused(), file + " has syntax errors (a test of them)");
        FormatResult twice = Formatter.format(once.text());
        assertEquals(once.text(), twice.text(), "formatting " + file + " again changed it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.marshall.formatter.RepositoryProgrammes#examples")
    void everyExampleIsAlreadyFormatted(Path example) throws IOException {
        String text = read(example);
        assertEquals(text, Formatter.format(text).text(), example + " is not in the canonical layout: run marshall fmt on it");
    }

    @Test
    void theStandardLibraryIsAlreadyFormatted() throws IOException {
        Path unido = RepositoryProgrammes.ROOT.resolve("stdlib/src/main/marshall/std/unido.marshall");
        String text = read(unido);
        assertEquals(text, Formatter.format(text).text());
    }

    /** Files that are refused are refused for a reason the checker also reports: each is a syntax-error test. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void onlySyntaxErrorTestsAreRefused(Path file) throws IOException {
        String text = read(file);
        if (text == null || !Formatter.format(text).refused()) return;
        String name = file.getFileName().toString();
        assertTrue(name.matches("E00[1-6]_.*"), file + " was refused: " + Formatter.format(text).problems());
    }

    static String read(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
