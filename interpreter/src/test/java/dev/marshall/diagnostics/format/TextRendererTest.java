package dev.marshall.diagnostics.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void colourOnlyWhenAsked() {
        List<CheckedFile> files = Samples.demo();
        String plain = new TextRenderer(false).render(files);
        String coloured = new TextRenderer(true).render(files);
        assertFalse(plain.contains("\u001b"), "plain output holds an escape sequence");
        assertTrue(coloured.contains("\u001b[1;31merror[E010]\u001b[0m"), coloured);
        assertTrue(coloured.contains("\u001b[1;33mwarning[W072]\u001b[0m"), coloured);
        // Without its escape sequences the coloured text is the plain text.
        assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void summaryCountsEachSeverityAndNamesNotesOnlyWhenThereAreAny() {
        Diagnostic error = Samples.diagnostic("E010", Samples.span(Samples.DEMO, "trst"), List.of(), "trst");
        Diagnostic note = error.withSeverity(Severity.NOTE);
        assertEquals("a.marshall: 1 error, 0 warnings", TextRenderer.summary(new CheckedFile("a.marshall", List.of(error))));
        assertEquals("a.marshall: 2 errors, 0 warnings, 1 note",
                TextRenderer.summary(new CheckedFile("a.marshall", List.of(error, error, note))));
    }

    @Test
    void aMessageCannotBreakTheLineOrReachTheTerminal() {
        Diagnostic d = Samples.diagnostic("E004", Samples.span(Samples.DEMO, "trst"), List.of(), "\u001b[2J\nx");
        String text = new TextRenderer(false).renderDiagnostic(d, "a.marshall");
        assertFalse(text.contains("\u001b"));
        assertTrue(text.lines().findFirst().orElseThrow().endsWith("unexpected character \u241b[2J\u240ax"), text);
    }
}
