package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.emit.iati.IatiActivities;
import dev.marshall.model.Compilation;
import dev.marshall.testing.IatiRuleset;
import dev.marshall.testing.IatiRuleset.Failure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The IATI output of every example passes the IATI Standard ruleset for 2.03 (the rules file of
 * IATI/IATI-Rulesets, copied into test resources, applied as its Python engine applies it), and the
 * evaluator really fails what the rules forbid.
 */
class IatiRulesetTest {
    private static final IatiRuleset STANDARD = IatiRuleset.standard();

    @TestFactory
    Stream<DynamicTest> everyExamplePassesTheStandardRuleset() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".marshall")).sorted().toList();
        }
        assertFalse(examples.isEmpty(), "no example found in ../examples");
        return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Compilation c = Compiler.compile(file);
            assertFalse(c.hasErrors(), file + " has errors: " + c.diagnostics());
            String xml = new IatiActivities().emit(c.programme(), Optional.empty(), c.diagnostics());
            assertEquals(List.of(), STANDARD.failures(xml), xml);
        }));
    }

    @Test
    void theSimulatedSialkotFilePasses() throws Exception {
        // The example, not the spec's fixture of the goldens: the fixture declares no sector (the three failures).
        var framework = GoldenFormatsTest.simulated(Path.of("../examples/sialkot.marshall"));
        assertEquals(List.of(), STANDARD.failures(new IatiActivities().render(framework)));
    }

    /** Budgets by year, planned disbursements, funders with ref and type, contact-info: the fixture that writes every property passes. */
    @Test
    void theProgrammeWithEveryPropertyPasses() throws Exception {
        Compilation c = Compiler.compile(EveryPropertyReachesTheOutputsTest.FIXTURE);
        assertFalse(c.hasErrors(), () -> "the fixture has errors: " + c.diagnostics());
        String xml = new IatiActivities().emit(c.programme(), Optional.empty(), c.diagnostics());
        assertTrue(xml.contains("<planned-disbursement type=\"1\">"), xml);
        assertEquals(List.of(), STANDARD.failures(xml), xml);
    }

    /** Each mutation breaks one rule that applies to Marshall's output; the evaluator must report exactly that rule. */
    @Test
    void theEvaluatorFailsWhatTheRulesForbid() {
        String good = activity("<sector code=\"32130\" vocabulary=\"1\" percentage=\"60\"/>"
                + "<sector code=\"25030\" vocabulary=\"1\" percentage=\"40\"/>");
        assertEquals(List.of(), STANDARD.failures(good));
        assertFails("atleast_one", activity(""));
        assertFails("strict_sum", activity("<sector code=\"32130\" vocabulary=\"1\" percentage=\"60\"/>"
                + "<sector code=\"25030\" vocabulary=\"1\" percentage=\"30\"/>"));
        assertFails("loop", activity("<sector code=\"32130\" vocabulary=\"1\" percentage=\"100\"/>"
                + "<sector code=\"A1\" vocabulary=\"99\" percentage=\"50\"><narrative>own</narrative></sector>"));
        assertFails("range", good.replace("percentage=\"100\"", "percentage=\"120\""));
        assertFails("only_one_of", good.replace("<recipient-region code=\"679\" vocabulary=\"1\"/>", ""));
        assertFails("atleast_one", good.replace("<participating-org role=\"1\" ref=\"XI-IATI-EC\" type=\"15\"/>",
                "<participating-org role=\"1\" type=\"15\"/>"));
        assertFails("regex_matches", good.replace("ref=\"XI-IATI-EC\"", "ref=\"/\""));
        assertFails("time_limit", good.replace("2027-12-31", "2028-06-30"));
        assertFails("date_order", good.replace("<period-end iso-date=\"2027-12-31\"/>", "<period-end iso-date=\"2026-12-31\"/>"));
    }

    private static void assertFails(String rule, String xml) {
        List<Failure> failures = STANDARD.failures(xml);
        assertTrue(failures.stream().anyMatch(f -> f.rule().equals(rule)), () -> rule + " expected, got " + failures + " for " + xml);
    }

    private static String activity(String sectors) {
        return "<iati-activities version=\"2.03\"><iati-activity default-currency=\"EUR\" xml:lang=\"en\">"
                + "<iati-identifier>XM-DAC-41123-P1</iati-identifier>"
                + "<reporting-org ref=\"XM-DAC-41123\" type=\"40\"><narrative>UNIDO</narrative></reporting-org>"
                + "<participating-org role=\"1\" ref=\"XI-IATI-EC\" type=\"15\"/>"
                + "<activity-date type=\"1\" iso-date=\"2027-01-01\"/><activity-date type=\"3\" iso-date=\"2029-12-31\"/>"
                + "<recipient-country code=\"PK\" percentage=\"100\"/><recipient-region code=\"679\" vocabulary=\"1\"/>"
                + sectors
                + "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2027-01-01\"/><period-end iso-date=\"2027-12-31\"/>"
                + "<value currency=\"EUR\" value-date=\"2027-01-01\">100</value></budget>"
                + "</iati-activity></iati-activities>";
    }
}
