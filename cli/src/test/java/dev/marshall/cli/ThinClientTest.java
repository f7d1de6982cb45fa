package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line is a thin client of the embedding API (docs/embedding.md):
 * its main sources name {@code dev.marshall.cli}, {@code dev.marshall.api}
 * and the other edge modules (the formatter, the language server) only, never a package of the interpreter (an import or a
 * fully qualified name in code; comments do not count).
 */
class ThinClientTest {
    private static final Path MAIN = Path.of("src/main/java/dev/marshall/cli");
    private static final Set<String> ALLOWED = Set.of("cli", "api", "formatter", "lsp");
    private static final Pattern NAME = Pattern.compile("\\bdev\\.marshall\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void theCommandLineNamesNoInterpreterPackage() throws IOException {
        Map<String, Set<String>> reaching = interpreterPackagesBySource();
        assertTrue(Files.isRegularFile(MAIN.resolve("Marshall.java")), "not run from the cli module: " + MAIN.toAbsolutePath());
        assertEquals(Map.of(), reaching, "cli main sources name interpreter packages; go through dev.marshall.api instead");
    }

    @Test
    void theScanSeesImportsAndQualifiedNamesButNotComments() {
        String code = "import dev.marshall.api.Marshall;\nimport dev.marshall.emit.Format;\n"
                + "// dev.marshall.syntax in a comment\n/* dev.marshall.model\n too */\n"
                + "class X { Object y = dev.marshall.simulation.Simulator.class; Object z = dev.marshall.Compiler.class; }\n";
        assertEquals(Set.of("dev.marshall", "emit", "simulation"), interpreterPackages(code));
    }

    private static Map<String, Set<String>> interpreterPackagesBySource() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Set<String> packages = interpreterPackages(Files.readString(file, StandardCharsets.UTF_8));
                if (!packages.isEmpty()) found.put(file.getFileName().toString(), packages);
            }
        }
        return found;
    }

    static Set<String> interpreterPackages(String source) {
        Matcher names = NAME.matcher(COMMENT.matcher(source).replaceAll(" "));
        Set<String> packages = new TreeSet<>();
        while (names.find()) {
            String name = names.group(1);
            String pkg = Character.isUpperCase(name.charAt(0)) ? "dev.marshall" : name;   // a class of the root package
            if (!ALLOWED.contains(pkg)) packages.add(pkg);
        }
        return packages;
    }
}
