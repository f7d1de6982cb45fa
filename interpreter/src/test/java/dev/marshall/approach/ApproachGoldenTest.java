package dev.marshall.approach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.testing.DiagnosticLines;
import dev.marshall.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code .marshall} programme under {@code src/test/resources/approach}
 * is checked and its diagnostics compared with the {@code .err} golden beside
 * it ({@code -Dgolden.update=true} rewrites them). The file name states what
 * must happen, so a wrong golden cannot hide a broken rule:
 * <ul>
 *   <li>{@code A05_fires_…}: raises A05;</li>
 *   <li>{@code A05_quiet_…}: does not raise A05 (a near miss of the rule);</li>
 *   <li>{@code E071_…}, {@code W072_…}: raises that code (suppression);</li>
 *   <li>{@code allow_…}: an allow silences the only warning, nothing is left.</li>
 * </ul>
 */
class ApproachGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/approach");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".marshall")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosticsMatchGolden(Path input) throws IOException {
        Compilation compilation = Compiler.compile(input);
        String name = input.getFileName().toString();
        Golden.assertMatches(FOLDER.resolve(name.replace(".marshall", ".err")), DiagnosticLines.render(compilation.diagnostics()));

        String code = name.substring(0, name.indexOf('_'));
        List<String> codes = compilation.diagnostics().stream().map(Diagnostic::code).toList();
        if (name.startsWith("allow_")) {
            assertTrue(codes.isEmpty(), name + " should leave no diagnostic, found " + codes);
        } else if (name.contains("_quiet_")) {
            assertFalse(codes.contains(code), name + " is a near miss of " + code + " but raises it");
            assertTrue(codes.isEmpty(), name + " should be clean, found " + codes);
        } else {
            assertTrue(codes.contains(code), name + " is named after " + code + " but does not raise it");
        }
        if (code.startsWith("A")) {
            assertFalse(compilation.hasErrors(), name + " has errors, so no approach check ran: " + codes);
        }
    }

    /** Each rule has a programme that triggers it and one that does not. */
    @Test
    void everyRuleHasATriggeringAndAQuietProgramme() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(FOLDER)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".marshall")).toList();
        }
        List<String> missing = new ArrayList<>();
        for (String code : ApproachRules.codes()) {
            if (names.stream().noneMatch(n -> n.startsWith(code + "_fires_"))) missing.add(code + "_fires_");
            if (names.stream().noneMatch(n -> n.startsWith(code + "_quiet_"))) missing.add(code + "_quiet_");
        }
        assertTrue(missing.isEmpty(), "missing test programmes in " + FOLDER + ": " + missing);
    }

}
