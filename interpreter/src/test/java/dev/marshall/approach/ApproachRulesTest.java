package dev.marshall.approach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.check.Check;
import dev.marshall.Checks;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry of approach rules and the words every rule needs. */
class ApproachRulesTest {

    @Test
    void codesAreStableAndInOrder() {
        // Codes are handed out in ranges (A01–A16 first, A20–A29 for the checks of issue 13), so
        // they may leave gaps; they never repeat and are registered in increasing order.
        List<String> codes = ApproachRules.codes();
        for (String code : codes) assertTrue(code.matches("A\\d\\d"), code + " is not of the form A00");
        assertEquals(codes.stream().distinct().sorted().toList(), codes, "one code per rule, in increasing order of registration");
        List<String> first = new ArrayList<>();
        for (int i = 1; i <= 16; i++) first.add(String.format("A%02d", i));
        assertTrue(codes.containsAll(first), "the 13 rules of LANGUAGE.md and 3 more the paper supports stay: " + first);
        assertTrue(codes.containsAll(List.of("A17", "A20", "A21", "A22", "A23", "A24", "A25", "A26")), "the checks of issue 13 from the paper");
    }

    @Test
    void eachRuleIsItsOwnClass() {
        Set<Class<?>> classes = new HashSet<>();
        for (Check check : ApproachRules.all()) {
            assertEquals(1, check.codes().size(), check.getClass() + " should report exactly one code");
            assertTrue(classes.add(check.getClass()), check.getClass() + " is registered twice");
        }
    }

    @Test
    void theCheckerRunsExactlyTheseRules() {
        assertEquals(ApproachRules.all(), Checks.approach());
        assertEquals(ApproachRules.codes().stream().sorted().toList(), ApproachRules.codes(), "codes in order: what allow may name, and `marshall rules` lists");
    }

    @Test
    void everyRuleIsAWarningWithTitleMessageHintAndExplanation() {
        for (String code : ApproachRules.codes()) {
            assertEquals(Severity.WARNING, DiagnosticSink.severityOf(code), code);
            assertTrue(Messages.isKnown(code), code + " has no message");
            assertFalse(Messages.title(code).equals(code) || Messages.title(code).isBlank(), code + " has no title");
            assertFalse(Messages.hint(code).isBlank(), code + " has no hint");
            String explain = Messages.explanation(code);
            assertTrue(explain.lines().count() >= 6, code + ": the explanation should span several lines");
            for (String part : List.of("What it protects:", "Rests on:", "Triggers it:", "Fix:")) {
                assertTrue(explain.contains(part), code + ": the explanation lacks '" + part + "'");
            }
            assertTrue(explain.contains("section") || explain.contains("Box"), code + " should cite the paper's section or box");
        }
    }

    @Test
    void approachCodesAreRecognised() {
        assertTrue(ApproachRules.isApproachCode("A05"));
        assertFalse(ApproachRules.isApproachCode("A99"));
        assertFalse(ApproachRules.isApproachCode("E010"));
    }
}
