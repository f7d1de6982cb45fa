package dev.marshall.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client we did not write: Neovim's built-in LSP client, headless, opens an
 * example with a mistake, waits for the diagnostic, asks hover and definition
 * (lsp-check.lua), and this test checks what it saw. Skipped when nvim is not
 * installed, except under CI (CI=true), where it is required (.ci/run
 * installs Debian's neovim).
 */
class NeovimTest {
    @TempDir
    Path folder;

    @Test
    void neovimSeesDiagnosticsHoverAndDefinition() throws Exception {
        String nvim = findNvim();
        if (nvim == null) {
            if ("true".equals(System.getenv("CI"))) throw new AssertionError("nvim is required under CI (.ci/run installs it) but was not found on PATH");
            Assumptions.abort("nvim is not installed; the Neovim test runs under CI");
        }
        String text = Examples.sialkotSpec().replace("trust += 0.02 * (1 - trust)", "trust += 0.02 * (1 - trsut)");
        Path file = folder.resolve("project").resolve("sialkot with spaces.marshall");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path script = folder.resolve("lsp-check.lua");
        try (InputStream in = NeovimTest.class.getResourceAsStream("nvim/lsp-check.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path out = folder.resolve("result.json");
        int hoverLine = LanguageServerTest.lineOf(text, "trust      += trust_gain * (1 - trust)");
        int leadLine = LanguageServerTest.lineOf(text, "lead     = cda");
        String positions = "{\"hover\": {\"line\": " + hoverLine + ", \"character\": " + (text.lines().toList().get(hoverLine).indexOf("trust_gain") + 2)
                + "}, \"definition\": {\"line\": " + leadLine + ", \"character\": " + (text.lines().toList().get(leadLine).indexOf("cda") + 1) + "}}";

        ProcessBuilder builder = new ProcessBuilder(nvim, "--headless", "--clean", "-n", "-c", "luafile " + script);
        Map<String, String> env = builder.environment();
        env.put("MARSHALL_NVIM_FILE", file.toString());
        env.put("MARSHALL_NVIM_OUT", out.toString());
        env.put("MARSHALL_LSP_CMD", serverCommand().toString());
        env.put("MARSHALL_NVIM_POSITIONS", positions);
        for (String xdg : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
            Path p = folder.resolve(xdg.toLowerCase());
            Files.createDirectories(p);
            env.put(xdg, p.toString());
        }
        builder.redirectErrorStream(true).redirectOutput(folder.resolve("nvim.log").toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nvim did not finish in 180 s: " + Files.readString(folder.resolve("nvim.log")));
        }
        assertTrue(Files.exists(out), "nvim wrote no result: " + Files.readString(folder.resolve("nvim.log")));
        JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertNull(result.get("error"), result.toString());

        JsonArray diagnostics = result.getAsJsonArray("diagnostics");
        JsonObject unknown = null;
        for (JsonElement d : diagnostics) if (d.getAsJsonObject().get("message").getAsString().contains("unknown name 'trsut'")) unknown = d.getAsJsonObject();
        assertTrue(unknown != null, "the diagnostic reached Neovim: " + diagnostics);
        assertEquals(LanguageServerTest.lineOf(text, "(1 - trsut)"), unknown.get("line").getAsInt());
        assertEquals("E010", unknown.get("code").getAsString());

        String hover = result.getAsJsonArray("hover").toString();
        assertTrue(hover.contains("param trust_gain") && hover.contains("normal(0.035, 0.010)"), hover);

        JsonArray definition = result.getAsJsonArray("definition");
        assertEquals(1, definition.size(), definition.toString());
        assertEquals(LanguageServerTest.lineOf(text, "actor cda "), definition.get(0).getAsJsonObject().get("line").getAsInt());
        assertEquals(file.toUri().getPath(), java.net.URI.create(definition.get(0).getAsJsonObject().get("uri").getAsString()).getPath());
    }

    /** This JVM, this test's class path, the server's main class: the server as built. */
    static JsonArray serverCommand() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("--sun-misc-unsafe-memory-access=allow");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LanguageServerMain.class.getName());
        JsonArray array = new JsonArray();
        command.forEach(array::add);
        return array;
    }

    static String findNvim() throws IOException {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "nvim");
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return null;
    }
}
