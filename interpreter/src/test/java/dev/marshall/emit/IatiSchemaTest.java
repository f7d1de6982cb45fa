package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compilation;
import dev.marshall.Compiler;
import dev.marshall.emit.iati.IatiActivities;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
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
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // The schema includes iati-common.xsd and imports xml.xsd beside it; nothing else may be fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            URL xsd = IatiSchemaTest.class.getResource("/iati-2.03/iati-activities-schema.xsd");
            if (xsd == null) throw new IllegalStateException("iati-2.03/iati-activities-schema.xsd is missing from test resources");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    static void validate(String xml) throws SAXException, IOException {
        Validator validator = SCHEMA.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
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
