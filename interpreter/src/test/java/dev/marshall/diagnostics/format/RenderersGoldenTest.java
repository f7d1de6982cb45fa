package dev.marshall.diagnostics.format;

import dev.marshall.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The three renderings of the same hand-built diagnostics, against files a
 * person has read (rewritten only with {@code -Dgolden.update=true}).
 */
class RenderersGoldenTest {
    private static final Path FOLDER = Path.of("src/test/resources/dev/marshall/diagnostics/format/golden");

    @Test
    void text() throws IOException {
        Golden.assertMatches(FOLDER.resolve("demo.txt"), new TextRenderer(false).render(Samples.demo()));
    }

    @Test
    void json() throws IOException {
        Golden.assertMatches(FOLDER.resolve("demo.json"), new JsonRenderer().render(Samples.demo()));
    }

    @Test
    void sarif() throws IOException {
        SarifRenderer renderer = new SarifRenderer("1.2.3", "https://example.org/marshall", Path.of(""));
        Golden.assertMatches(FOLDER.resolve("demo.sarif"), renderer.render(Samples.demo()));
    }
}
