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
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= ApproachRules.all().size(); i++) expected.add(String.format("A%02d", i));
        assertEquals(expected, ApproachRules.codes(), "one code per rule, A01, A02, … in registration order");
        assertEquals(17, ApproachRules.all().size(), "the 13 rules of LANGUAGE.md and 4 more the paper supports (A17: exit)");
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
