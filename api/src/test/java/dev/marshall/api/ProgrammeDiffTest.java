package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The diff through the facade, as a host (or the Maven plugin, or CI) uses it. */
class ProgrammeDiffTest {
    private static final String PROGRAMME = """
            programme "T" { start = 2027-01; horizon = 24 months; currency = EUR; budget = 100_000 EUR }
            use std.unido
            param pace = triangular(0.02, 0.04, 0.06)
            cluster c { firms = 100; state trust = 0.2 in 0..1 }
            actor agent : development_agent
            intervention training : trust_governance { lead = agent; start = month 1; duration = DURATION months; cost = 20_000 EUR
              each month { trust += pace } }
            milestone trusted "Trust" { due = month 8; when = trust >= 0.4 }
            """;

    private static Marshall marshall;

    @BeforeAll
    static void start() {
        marshall = Marshall.create();
    }

    @AfterAll
    static void stop() {
        marshall.close();
    }

    private static Programme revision(String name, String duration, String milestone) throws MarshallException {
        return marshall.load(name, PROGRAMME.replace("DURATION", duration).replace("trusted", milestone));
    }

    @Test
    void aRevisionThatShortensTheWorkLowersTheMilestonesPAndFailsPDrop() throws MarshallException {
        ProgrammeDiff diff = ProgrammeDiff.compare(revision("old.marshall", "12", "trusted"),
                revision("new.marshall", "4", "trust_built"), SimulationRequest.runs(200).seed(5));
        String text = diff.toText();
        assertTrue(text.contains("renamed milestone trusted → trust_built"), text);
        assertTrue(text.contains("milestone trust_built P(on time): 99% → 14% (−85.0 pts)"), text);
        assertEquals(1, diff.failures(List.of("p-drop=50")).size(), text);
        assertEquals(List.of(), diff.failures(List.of("p-drop=90")), text);
        assertEquals(List.of(), diff.failures(List.of("error")));
        assertTrue(diff.toJson().contains("\"change\": -0.85"), diff.toJson());
        assertTrue(diff.toMarkdown().startsWith("## Marshall diff: `old.marshall` → `new.marshall`"));
    }

    @Test
    void withoutARequestNothingIsSimulated() throws MarshallException {
        ProgrammeDiff same = ProgrammeDiff.compare(revision("a", "12", "trusted"), revision("b", "12", "trusted"), null);
        assertTrue(same.isEmpty(), same.toText());
        assertTrue(same.toText().contains("Forecast: not simulated: not asked for"), same.toText());
    }

    @Test
    void conditionsAreCheckedWithCodes() {
        assertEquals(List.of(), ProgrammeDiff.checkConditions(List.of("error", "warning", "p-drop=5", "cost-rise=10")));
        List<Diagnostic> problems = ProgrammeDiff.checkConditions(List.of("eror", "p-drop=-1"));
        assertEquals(List.of("E221", "E222"), problems.stream().map(Diagnostic::code).toList());
        assertTrue(problems.get(0).hint().startsWith("did you mean 'error'?"), problems.get(0).hint());
    }

    @Test
    void aFileWithoutAProgrammeHeaderIsRefusedWithE220() throws MarshallException {
        Programme module = marshall.load("lib.marshall", "param x = 1\n");
        MarshallException e = assertThrows(MarshallException.class,
                () -> ProgrammeDiff.compare(module, revision("b", "12", "trusted"), null));
        assertEquals("E220", e.diagnostics().get(0).code());
        assertFalse(e.getMessage().isEmpty());
    }
}
