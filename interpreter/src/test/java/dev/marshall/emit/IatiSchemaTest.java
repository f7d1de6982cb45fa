package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.emit.iati.IatiActivities;
import dev.marshall.testing.IatiSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.SAXException;

/**
 * The IATI output validates against the official 2.03 schema (copied into
 * test resources with its licence note; read from the class path, never the
 * network): for the hand-built model with and without simulation, and for
 * every example programme.
 */
class IatiSchemaTest {
    static void validate(String xml) throws SAXException, IOException {
        IatiSchema.validate(xml);
    }

    @Test
    void theFixtureValidatesWithAndWithoutSimulation() throws Exception {
        validate(new IatiActivities().render(GoldenFormatsTest.fixture()));
        validate(new IatiActivities().render(GoldenFormatsTest.fixturePlanned()));
    }

    @Test
    void sialkotSimulatedByTheEngineValidates() throws Exception {
        validate(new IatiActivities().render(GoldenFormatsTest.sialkot()));
    }

    @Test
    void twoClustersValidatesWithAndWithoutSimulation() throws Exception {
        validate(new IatiActivities().render(GoldenFormatsTest.twoClusters(false)));
        validate(new IatiActivities().render(GoldenFormatsTest.twoClusters(true)));
    }

    /** Identifier, reporting organisation (ref, type, name) and description written by the programme. */
    @Test
    void aProgrammeWithItsIatiIdentityValidates() throws Exception {
        Compilation c = Compiler.compile(EveryPropertyReachesTheOutputsTest.FIXTURE);
        assertFalse(c.hasErrors(), () -> "the fixture has errors: " + c.diagnostics());
        String xml = new IatiActivities().emit(c.programme(), Optional.empty(), c.diagnostics());
        validate(xml);
        assertFalse(xml.contains("DRAFT"), xml);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleValidates() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".marshall")).sorted().toList();
        }
        assertFalse(examples.isEmpty(), "no example found in ../examples");
        return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Compilation c = Compiler.compile(file);
            assertFalse(c.hasErrors(), file + " has errors: " + c.diagnostics());
            validate(new IatiActivities().emit(c.programme(), Optional.empty(), c.diagnostics()));
        }));
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() {
        // A result without its required type: proves the schema is really applied.
        String xml = new IatiActivities().render(GoldenFormatsTest.fixture()).replace("<result type=\"3\">", "<result>");
        assertThrows(SAXException.class, () -> validate(xml));
    }

    @Test
    void resultsAndIndicatorsUseTheCodesOfTheStandard() {
        String xml = new IatiActivities().render(GoldenFormatsTest.fixture());
        assertTrue(xml.contains("<result type=\"3\">"), "impact");
        assertTrue(xml.contains("<result type=\"2\">"), "outcome");
        assertTrue(xml.contains("<result type=\"1\">"), "output");
        assertTrue(xml.contains("measure=\"2\""), "women_voice is a percentage");
        assertTrue(xml.contains("<baseline iso-date=\"2027-01-01\" value=\"1450\" year=\"2027\">"), xml);
        assertTrue(xml.contains("<dimension name=\"sex\" value=\"total\"/>"));
        assertTrue(xml.contains("<target value=\"10\">"), "10% reported in percent");
        assertEquals(1, xml.split("<iati-activity ", -1).length - 1);
    }
}
