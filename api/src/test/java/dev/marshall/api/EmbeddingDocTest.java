package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows the example host's code exactly, so the doc cannot drift from what bin/test runs. */
class EmbeddingDocTest {

    @Test
    void theDocShowsTheExampleHostVerbatim() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "embedding.md"));
        String source = Files.readString(Path.of("..", "examples", "embedding", "src", "main", "java", "org", "example",
                "intake", "Intake.java"));
        int start = doc.indexOf("## The example\n\n```java\n") + "## The example\n\n```java\n".length();
        int end = doc.indexOf("```\n", start);
        assertEquals(source, doc.substring(start, end));
    }
}
