package dev.marshall.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.formatter.FormatResult;
import dev.marshall.formatter.Formatter;
import dev.marshall.model.Compilation;
import dev.marshall.syntax.SourceReader;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the front end and the emitters, cheap enough per input for a run of
 * a million executions: the bytes are decoded as {@code marshall check} decodes a file, compiled,
 * their diagnostics rendered as text, JSON and SARIF; the text is formatted ({@code marshall fmt});
 * a programme that checks clean is emitted in every text format, as planned (no simulation).
 *
 * <p>{@link PipelineFuzzTest} drives the rest of the pipeline (simulation, the workbook, the HTML
 * report, the IATI schema) at a few executions per second; its share of a fuzzing run's time here
 * would be over nine tenths. What must hold for any input, besides its invariant:
 * <ul>
 *   <li>nothing throws (a programme's problems are diagnostics);</li>
 *   <li>what the formatter formats (it refuses a text with syntax errors) formats to itself, and
 *       the formatter's own check that it kept every token and comment holds;</li>
 *   <li>no input takes more than 10 s.</li>
 * </ul>
 * Seeds and kept crash inputs: {@code FrontEndFuzzTestInputs/checksFormatsAndEmits/} (docs/testing.md).
 */
class FrontEndFuzzTest {

    /** Class loading is paid here, not by the first (timed) input. */
    @BeforeAll
    static void warmUp() throws Exception {
        try (InputStream sialkot = FrontEndFuzzTest.class.getResourceAsStream(
                "FrontEndFuzzTestInputs/checksFormatsAndEmits/seeds/sialkot.marshall")) {
            assertNotNull(sialkot, "the seed corpus was not gathered (see fuzzing/pom.xml)");
            assertFalse(checkFormatAndEmit(sialkot.readAllBytes()), "the normative example must check clean");
        }
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void checksFormatsAndEmits(byte[] input) {
        checkFormatAndEmit(input);
    }

    /** Whether the programme has errors. */
    private static boolean checkFormatAndEmit(byte[] input) {
        SourceReader.Read read = FuzzedFile.read(input);
        Compilation c = FuzzedFile.compile(read);
        FuzzedFile.renderDiagnostics(c.diagnostics());
        // marshall fmt reads UTF-8 only; a file with a bad byte is E009 above, never formatted.
        if (read.problems().isEmpty()) formatsToItself(read.source().text());
        boolean errors = c.programme() == null || c.hasErrors();
        if (!errors) emitAsPlanned(c);
        return errors;
    }

    /**
     * The formatter checks each result itself (the same tokens, comments kept: its Faithfulness), so
     * a formatted text means what the original means without compiling it again; what is left to
     * hold is that formatting a formatted text changes nothing.
     */
    private static void formatsToItself(String text) {
        FormatResult formatted = Formatter.format(text);
        if (formatted.refused() || formatted.text().equals(text)) return;
        FormatResult again = Formatter.format(formatted.text());
        assertFalse(again.refused(), "the formatter refused its own output");
        assertEquals(formatted.text(), again.text(), "formatting is not idempotent");
    }

    /** Every text format, in memory, without a simulation (what {@code marshall emit} writes for a plan). */
    private static void emitAsPlanned(Compilation c) {
        Framework framework = Framework.of(c.programme(), Optional.empty(), c.diagnostics());
        for (Format format : Format.values()) {
            if (!format.binary()) assertNotNull(format.emitter().render(framework), format.id());
        }
    }
}
