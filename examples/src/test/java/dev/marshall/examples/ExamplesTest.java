package dev.marshall.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code *.marshall} in this module is a golden test: its outputs (see
 * {@link ExampleOutputs}) must equal {@code expected/<name>.<kind>.txt};
 * {@code -Dgolden.update=true} rewrites them. Each example must also be what
 * the README promises: it uses std.unido, says in a doc comment what is from
 * the paper and what is assumed, has monthly dynamics, and checks with no
 * errors and no warnings (deliberate ones are silenced with a reason).
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of(".");
    static final Path EXPECTED = EXAMPLES.resolve("expected");
    static final Path SPEC_FIXTURE = EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".marshall")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void outputsMatchGoldens(Path example) throws IOException {
        Compilation c = ExampleOutputs.compile(example);
        String name = example.getFileName().toString().replace(".marshall", "");
        for (ExampleOutputs output : ExampleOutputs.KINDS) {
            assertMatches(EXPECTED.resolve(name + "." + output.kind() + ".txt"), output.render().apply(c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void checksCleanAndFollowsTheConventions(Path example) throws IOException {
        Compilation c = ExampleOutputs.compile(example);
        assertEquals(List.of(), c.diagnostics().stream().map(d -> d.code() + " at " + d.span()).toList(),
                example + " must check with no errors and no unsilenced warnings");
        Programme p = c.programme();
        assertNotNull(p);
        assertTrue(p.usesStandardLibrary(), example + " must say use std.unido");
        assertTrue(p.doc().contains("Box") && (p.doc().contains("Assumed") || p.doc().contains("illustrative")),
                example + " must open with a doc comment saying what is from the paper and what is assumed");
        assertTrue(p.interventions().stream().anyMatch(i -> !i.eachMonth().isEmpty()), example + " has no each month dynamics");
        assertFalse(p.milestones().isEmpty(), example + " has no milestone");
        assertFalse(p.indicators().isEmpty(), example + " has no indicator");
    }

    /** The README's table names every example, and every file it names exists. */
    @Test
    void readmeListsEveryExample() throws IOException {
        String readme = Files.readString(EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (Path p : examples().toList()) {
            if (!readme.contains("`" + p.getFileName() + "`")) missing.add(p.getFileName().toString());
        }
        assertEquals(List.of(), missing, "examples missing from README.md");
        for (int box = 1; box <= 11; box++) {
            assertTrue(readme.contains("| " + box + " |"), "README.md has no row for Box " + box);
        }
    }

    /** Every golden belongs to an example (no stale goldens after a rename). */
    @Test
    void noStaleGoldens() throws IOException {
        List<String> names = examples().map(p -> p.getFileName().toString().replace(".marshall", "")).toList();
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXPECTED)) {
            for (Path golden : files.toList()) {
                String file = golden.getFileName().toString();
                if (names.stream().noneMatch(n -> file.startsWith(n + "."))) stale.add(file);
            }
        }
        assertEquals(List.of(), stale, "goldens without an example in " + EXPECTED);
    }

    /**
     * The shared spec's Sialkot programme is a compatibility fixture: every programme valid before must stay
     * valid and mean the same. examples/sialkot.marshall has grown beyond it (Box 1 of the paper), so the
     * fixture is kept byte for byte in this module's test resources and must still check clean.
     */
    @Test
    void theSpecFixtureStillChecksClean() throws IOException {
        Compilation c = ExampleOutputs.compile(SPEC_FIXTURE);
        assertEquals(List.of(), c.diagnostics().stream().map(d -> d.code() + " at " + d.span()).toList(),
                SPEC_FIXTURE + " must check with no errors and no warnings");
        assertNotNull(c.programme());
    }

    /** The test resources hold the spec's file unchanged (checked only where the shared folder is present). */
    @Test
    void theFixtureIsTheSpecFileUnchanged() throws IOException {
        Path spec = findSpec();
        assumeTrue(spec != null, "../shared/spec/sialkot.marshall is not available here");
        assertArrayEquals(Files.readAllBytes(spec), Files.readAllBytes(SPEC_FIXTURE), SPEC_FIXTURE + " differs from " + spec);
    }

    /** The first {@code shared/spec/sialkot.marshall} beside the module or one of its parent folders. */
    static Path findSpec() {
        for (Path dir = EXAMPLES.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/spec/sialkot.marshall");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing golden " + golden + " (run with -Dgolden.update=true to create it)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output differs from " + golden);
    }
}
