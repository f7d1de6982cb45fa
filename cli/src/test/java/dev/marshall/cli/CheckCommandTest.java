package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marshall check} on real programmes: output formats, exit codes, colour. */
class CheckCommandTest {
    private static final Path SIALKOT = Path.of("../examples/src/test/resources/spec/sialkot.marshall");

    @TempDir
    Path dir;

    /** Sialkot with one misspelt name: exactly one located error. */
    private Path withUnknownName() throws IOException {
        String text = Files.readString(SIALKOT, StandardCharsets.UTF_8)
                .replace("trust      += trust_gain * (1 - trust)", "trust      += trst * (1 - trust)");
        return Files.writeString(dir.resolve("bad.marshall"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theNormativeExampleChecksClean() {
        CliRun run = CliRun.of("check", SIALKOT.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains(SIALKOT + ": 0 errors"), run.toString());
        assertEquals("", run.err());
    }

    @Test
    void anErrorIsLocatedWithItsSourceLineCaretsAndHint() throws IOException {
        Path bad = withUnknownName();
        CliRun run = CliRun.of("check", bad.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(bad + ":65:19: error[E010]: unknown name 'trst'\n"), run.toString());
        assertTrue(run.out().contains(" 65 |     trust      += trst * (1 - trust)\n    |                   ^^^^\n"), run.toString());
        assertTrue(run.out().contains("= hint: did you mean"), run.toString());
        assertTrue(run.out().endsWith(bad + ": 1 error, 0 warnings\n"), run.toString());
    }

    @Test
    void jsonIsOneDocumentWithTheDocumentedFields() throws IOException {
        Path bad = withUnknownName();
        CliRun run = CliRun.of("check", "--format", "json", bad.toString(), SIALKOT.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, document.get("version").getAsInt());
        assertEquals(2, document.getAsJsonArray("files").size());
        JsonObject diagnostic = document.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals("E010", diagnostic.get("code").getAsString());
        assertEquals("error", diagnostic.get("severity").getAsString());
        assertEquals(bad.toString(), diagnostic.get("file").getAsString());
        assertEquals(65, diagnostic.get("line").getAsInt());
        assertEquals(19, diagnostic.get("column").getAsInt());
        assertEquals(23, diagnostic.get("endColumn").getAsInt());
        for (String field : List.of("message", "endLine", "hint", "related")) assertTrue(diagnostic.has(field), field);
    }

    @Test
    void sarifUrisAreRelativeToTheWorkingDirectory() throws IOException {
        Path bad = withUnknownName();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Io io = new Io(new PrintWriter(out), new PrintWriter(err), Map.of(), false, false, dir);
        int code = Marshall.run(new String[] {"check", "--format=sarif", bad.toString()}, io);
        assertEquals(ExitCodes.FINDINGS, code, err.toString());
        JsonObject log = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject result = log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("E010", result.get("ruleId").getAsString());
        JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertEquals("bad.marshall", location.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals(65, location.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(19, location.getAsJsonObject("region").get("startColumn").getAsInt());
    }

    @Test
    void colourOnATerminalUnlessNoColourOrDumbOrNever() throws IOException {
        String file = withUnknownName().toString();
        assertTrue(hasEscapes(CliRun.run(Map.of(), true, List.of(), "check", file)), "terminal");
        assertFalse(hasEscapes(CliRun.run(Map.of(), false, List.of(), "check", file)), "not a terminal");
        assertFalse(hasEscapes(CliRun.run(Map.of("NO_COLOR", "1"), true, List.of(), "check", file)), "NO_COLOR");
        assertTrue(hasEscapes(CliRun.run(Map.of("NO_COLOR", ""), true, List.of(), "check", file)), "empty NO_COLOR");
        assertFalse(hasEscapes(CliRun.run(Map.of("TERM", "dumb"), true, List.of(), "check", file)), "TERM=dumb");
        assertFalse(hasEscapes(CliRun.run(Map.of(), true, List.of(), "check", "--color=never", file)), "--color=never");
        assertTrue(hasEscapes(CliRun.run(Map.of("NO_COLOR", "1"), false, List.of(), "check", "--color=always", file)), "--color=always");
        assertFalse(hasEscapes(CliRun.run(Map.of(), true, List.of(), "check", "--format=json", file)), "json");
    }

    private static boolean hasEscapes(CliRun run) {
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        return run.out().contains("\u001b[");
    }

    @Test
    void strictFailsOnWarnings() throws IOException {
        // No priorities: an approach warning of std.unido (not an error).
        String text = Files.readString(SIALKOT, StandardCharsets.UTF_8);
        String withoutPriorities = text.substring(0, text.indexOf("priorities {"))
                + text.substring(text.indexOf("}", text.indexOf("priorities {")) + 1);
        Path file = Files.writeString(dir.resolve("no-priorities.marshall"), withoutPriorities, StandardCharsets.UTF_8);
        CliRun lenient = CliRun.of("check", file.toString());
        assertEquals(ExitCodes.OK, lenient.exitCode(), lenient.toString());
        assumeTrue(lenient.out().contains("warning["), "no approach check warns about missing priorities yet");
        CliRun strict = CliRun.of("check", "--strict", file.toString());
        assertEquals(ExitCodes.FINDINGS, strict.exitCode(), strict.toString());
    }
}
