package dev.marshall.diagnostics.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.marshall.diagnostics.Messages;
import dev.marshall.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What SARIF 2.1.0 consumers rely on, checked on the parsed log rather than on its text. */
class SarifRendererTest {

    private static JsonObject render(List<CheckedFile> files, Path base) {
        return JsonParser.parseString(new SarifRenderer("9.9", null, base).render(files)).getAsJsonObject();
    }

    @Test
    void everyResultPointsAtItsRuleAndTheRuleCarriesTheMessagesWords() {
        JsonObject log = render(Samples.demo(), Path.of(""));
        assertEquals("2.1.0", log.get("version").getAsString());
        assertTrue(log.get("$schema").getAsString().contains("sarif-2.1.0"));
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("marshall", driver.get("name").getAsString());
        assertFalse(driver.has("informationUri"), "no informationUri was given");
        var rules = driver.getAsJsonArray("rules");
        assertEquals(8, run.getAsJsonArray("results").size());
        for (JsonElement element : run.getAsJsonArray("results")) {
            JsonObject result = element.getAsJsonObject();
            String ruleId = result.get("ruleId").getAsString();
            JsonObject rule = rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject();
            assertEquals(ruleId, rule.get("id").getAsString());
            assertEquals(Messages.title(ruleId), rule.getAsJsonObject("shortDescription").get("text").getAsString());
            assertTrue(Set.of("error", "warning", "note").contains(result.get("level").getAsString()));
            assertNotNull(result.getAsJsonObject("message").get("text").getAsString());
            String uri = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString();
            assertFalse(uri.startsWith("/") || uri.contains("\\") || uri.startsWith("file:"), uri);
        }
    }

    @Test
    void urisAreRelativeToTheBaseWithForwardSlashesAndEncoded(@org.junit.jupiter.api.io.TempDir Path dir) {
        SourceFile inside = new SourceFile("my programmes/a b.marshall", dir.resolve("my programmes/a b.marshall"), "x");
        SourceFile outside = new SourceFile("/elsewhere/c.marshall", Path.of("/elsewhere/c.marshall"), "x");
        List<CheckedFile> files = List.of(new CheckedFile("a b.marshall", List.of(
                Samples.hinted("E010", new dev.marshall.source.Span(inside, 0, 1), List.of(), "", "x"),
                Samples.hinted("E010", new dev.marshall.source.Span(outside, 0, 1), List.of(), "", "x"))));
        JsonObject run = render(files, dir).getAsJsonArray("runs").get(0).getAsJsonObject();
        var results = run.getAsJsonArray("results");
        assertEquals("my%20programmes/a%20b.marshall", uri(results.get(0)));
        assertEquals("file:///elsewhere/c.marshall", uri(results.get(1)));
    }

    @Test
    void ruleNamesAreIdentifiers() {
        assertEquals("UnknownName", SarifRenderer.ruleName("unknown name", "E010"));
        assertEquals("ReplicatedStateOutsideAnAggregate", SarifRenderer.ruleName("replicated state outside an aggregate", "E051"));
        assertEquals("E099", SarifRenderer.ruleName("", "E099"));
    }

    private static String uri(JsonElement result) {
        return result.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString();
    }
}
