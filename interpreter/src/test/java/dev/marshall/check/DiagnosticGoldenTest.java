package dev.marshall.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Messages;
import dev.marshall.testing.DiagnosticLines;
import dev.marshall.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code .marshall} file under {@code src/test/resources/diagnostics}
 * is compiled and its diagnostics compared with the {@code .err} file beside
 * it. Paths are masked to the file name, so goldens do not depend on where
 * the repository lives. Each file is named after the code it demonstrates.
 */
class DiagnosticGoldenTest {
    static final Path FOLDER = Path.of("src/test/resources/diagnostics");

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
        String expectedCode = name.substring(0, name.indexOf('_'));
        assertTrue(compilation.diagnostics().stream().anyMatch(d -> d.code().equals(expectedCode)),
                name + " is named after " + expectedCode + " but does not raise it");
    }


    /** Every code of the front end (E00x–E07x, W0xx), of the results chain and targets (E1xx, W1xx) and of networks (E23x, W23x) has at least one negative test here. */
    @Test
    void everyFrontEndCodeHasANegativeTest() throws IOException {
        TreeSet<String> covered = new TreeSet<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".marshall")).toList()) {
                String name = p.getFileName().toString();
                covered.add(name.substring(0, name.indexOf('_')));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String code : Messages.codes()) {
            boolean frontEnd = code.startsWith("W0") || code.startsWith("W1") || code.startsWith("E1")
                    || code.startsWith("E23") || code.startsWith("W23")
                    || (code.startsWith("E0") && code.charAt(2) <= '7');
            if (frontEnd && !covered.contains(code) && !ApproachDependent.CODES.contains(code)) missing.add(code);
        }
        assertTrue(missing.isEmpty(), "codes without a negative test in " + FOLDER + ": " + missing);
    }

    /** Codes about allow that need a registered approach check to arise; tested with the approach rules. */
    static final class ApproachDependent {
        static final List<String> CODES = List.of("E071", "W072");
    }
}
