package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A programme reads nothing outside its root, and only through the host's resolver. */
class SandboxTest {
    private static final String FN = "fn twice(x) = 2 * x\n";

    private static Diagnostic only(Programme p, String code) {
        List<Diagnostic> found = p.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), p.renderDiagnostics());
        return found.get(0);
    }

    @Test
    void useCannotClimbOutOfTheRootOrBeAbsolute(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.marshall"), FN);
        Path root = Files.createDirectories(dir.resolve("programme"));
        for (String path : List.of("../secret.marshall", dir.resolve("secret.marshall").toString(), "lib/../../secret.marshall")) {
            Path main = root.resolve("main.marshall");
            Files.writeString(main, Hostile.header(12) + "use \"" + path.replace("\\", "\\\\") + "\"\n");
            try (Marshall m = Marshall.create()) {
                Diagnostic d = only(m.load(main), "E016");
                assertEquals(6, d.line(), d.toString());
                assertTrue(d.file().endsWith("main.marshall"));
            }
        }
    }

    @Test
    void aSymlinkThatEscapesTheRootIsNotFollowed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.marshall"), FN);
        Path root = Files.createDirectories(dir.resolve("programme"));
        Files.createSymbolicLink(root.resolve("link.marshall"), dir.resolve("secret.marshall"));
        Path main = root.resolve("main.marshall");
        Files.writeString(main, Hostile.header(12) + "use \"link.marshall\"\n");
        try (Marshall m = Marshall.create()) {
            Programme p = m.load(main);
            Diagnostic d = only(p, "E015");
            assertEquals(6, d.line());
            assertTrue(p.hasErrors());
        }
    }

    @Test
    void modulesBelowTheRootAreRead(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/common.marshall"), FN);
        Path main = dir.resolve("main.marshall");
        Files.writeString(main, Hostile.small(12) + "use \"lib/common.marshall\"\n");
        try (Marshall m = Marshall.create()) {
            Programme p = m.load(main);
            assertFalse(p.hasErrors(), p.renderDiagnostics());
        }
    }

    @Test
    void theHostsResolverIsTheOnlySourceOfModules() throws Exception {
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        ModuleResolver modules = ModuleResolver.of(Map.of("lib/common.marshall", FN + "use \"../other.marshall\"\n",
                "other.marshall", "fn half(x) = x / 2\n"));
        try (Marshall m = Marshall.builder().modules(path -> {
            asked.add(path);
            return modules.read(path);
        }).build()) {
            Programme p = m.load("main.marshall", Hostile.small(12) + "use \"./lib/common.marshall\"\nuse \"../up.marshall\"\n");
            assertEquals(List.of("lib/common.marshall", "other.marshall"), asked);
            assertEquals("\"../up.marshall\" lies outside the programme's folder", only(p, "E016").message());
        }
    }

    @Test
    void textUsesLibraryModulesOnlyByDefault() throws Exception {
        try (Marshall m = Marshall.create()) {
            Programme p = m.load("main.marshall", Hostile.small(12) + "use \"/etc/passwd\"\n");
            assertTrue(p.hasErrors());
            assertFalse(p.renderDiagnostics().contains("root:"), p.renderDiagnostics());
        }
    }
}
