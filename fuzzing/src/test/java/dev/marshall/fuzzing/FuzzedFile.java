package dev.marshall.fuzzing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.JsonRenderer;
import dev.marshall.diagnostics.format.SarifRenderer;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.model.Compilation;
import dev.marshall.syntax.SourceReader;
import java.nio.file.Path;
import java.util.List;

/** The first steps every pipeline fuzz target takes with its bytes, as {@code marshall check} takes a file's. */
final class FuzzedFile {
    static final String NAME = "fuzz.marshall";

    private FuzzedFile() {}

    /** As the CLI reads a file: the same decoder (a bad byte is E009), no folder for {@code use} paths. */
    static SourceReader.Read read(byte[] input) {
        return SourceReader.decode(NAME, null, input);
    }

    static Compilation compile(SourceReader.Read read) {
        Compilation c = Compiler.compile(read);
        assertNotNull(c.diagnostics());
        return c;
    }

    /** Every way the CLI shows diagnostics (text, JSON, SARIF) must render them. */
    static void renderDiagnostics(List<Diagnostic> diagnostics) {
        List<CheckedFile> files = List.of(new CheckedFile(NAME, diagnostics));
        assertNotNull(new TextRenderer(false).render(files));
        assertNotNull(new JsonRenderer().render(files));
        assertNotNull(new SarifRenderer("0", "", Path.of(".")).render(files));
    }
}
