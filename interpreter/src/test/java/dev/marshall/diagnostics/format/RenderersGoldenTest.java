package dev.marshall.diagnostics.format;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The three renderings of the same hand-built diagnostics, against files a person has read. */
class RenderersGoldenTest {

    @Test
    void text() throws IOException {
        Golden.assertMatches("demo.txt", new TextRenderer(false).render(Samples.demo()));
    }

    @Test
    void json() throws IOException {
        Golden.assertMatches("demo.json", new JsonRenderer().render(Samples.demo()));
    }

    @Test
    void sarif() throws IOException {
        SarifRenderer renderer = new SarifRenderer("1.2.3", "https://example.org/marshall", Path.of(""));
        Golden.assertMatches("demo.sarif", renderer.render(Samples.demo()));
    }
}
