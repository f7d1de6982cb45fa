package dev.marshall.approach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The normative example follows the approach: no rule may fire on it. */
class SialkotApproachTest {

    @Test
    void theProjectsCopyRaisesNoApproachWarning() throws IOException {
        assertNoApproachWarning(Path.of("../examples/src/test/resources/spec/sialkot.marshall"));
    }

    @Test
    void theExampleRaisesNoApproachWarning() throws IOException {
        assertNoApproachWarning(Path.of("../examples/sialkot.marshall"));
    }

    /** The spec's own file, when the shared folder is beside the checkout (not on a fresh clone). */
    @Test
    void theSpecsFileRaisesNoApproachWarning() throws IOException {
        Path spec = findSpec();
        assumeTrue(spec != null, "../shared/spec/sialkot.marshall is not available here");
        assertNoApproachWarning(spec);
    }

    private static void assertNoApproachWarning(Path file) throws IOException {
        Compilation c = Compiler.compile(file);
        List<String> approach = c.diagnostics().stream()
                .map(Diagnostic::code)
                .filter(code -> code.startsWith("A"))
                .toList();
        assertEquals(List.of(), approach, file + " must raise no approach warning");
        assertEquals(false, c.hasErrors(), file + " must check without errors (else no approach check runs)");
    }

    /** The first {@code shared/spec/sialkot.marshall} found beside the working directory or one of its parents. */
    static Path findSpec() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/spec/sialkot.marshall");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }
}
