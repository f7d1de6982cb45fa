package dev.marshall.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.source.SourceFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the static analysis calls uncertain, path by path: a draw reaches a quantity, or it does not. */
class UncertaintyTest {
    private static final String HEADER = """
            programme "U" { start = 2027-01; horizon = 24 months; currency = EUR; budget = 100_000 EUR }
            use std.unido
            """;

    private static Programme compile(String declarations) {
        Compilation c = Compiler.compile(SourceFile.ofString("u.marshall", HEADER + declarations));
        assertEquals(List.of(), c.diagnostics().stream().filter(d -> d.code().startsWith("E")).map(d -> d.code() + " " + d.message()).toList());
        return c.programme();
    }

    @Test
    void nothingDrawnIsCertain() {
        Uncertainty u = Uncertainty.of(compile("""
                cluster c { firms = 10; state s = 0 in 0..100 }
                intervention w : skills { start = month 1; duration = 6 months; cost = 1 EUR; each month { s += 1 } }
                milestone m "M" { due = month 6; when = s >= 5 }
                """));
        assertTrue(u.forecastIsCertain());
        assertEquals(Set.of(), u.states());
    }

    @Test
    void aNetworkIsUncertainThroughItsSizeItsUptakeOrItsWork() {
        Uncertainty u = Uncertainty.of(compile("""
                param rate = triangular(0.05, 0.1, 0.2)
                cluster c { firms = uniform(100, 200); state s = 0 in 0..1 }
                cluster d { firms = 100; state t = 0 in 0..1 }
                actor a : business_association
                network drawn : horizontal { members = [a]; firms = 10% of c }
                network paced : horizontal { members = [a]; firms = 10 of d; uptake = rate }
                network waits : horizontal { members = [a]; firms = 10 of d }
                network fixed : horizontal { members = [a]; firms = 10 of d }
                intervention w : networks_linkages { start = month 1; duration = 6 months; forms = [drawn, paced, fixed]
                  in = c; each month { s += bernoulli(0.5) * 0.1 } }
                milestone m "M" { due = month 6; when = c.s >= 0.3 }
                intervention later : networks_linkages { after = m; duration = 6 months; forms = waits }
                indicator i1 : output { unit = firms; baseline = 0; target = 5; source = "s"; value = drawn.firms }
                indicator i2 : output { unit = firms; baseline = 0; target = 5; source = "s"; value = paced.firms }
                indicator i3 : output { unit = firms; baseline = 0; target = 5; source = "s"; value = waits.firms }
                indicator i4 : output { unit = firms; baseline = 0; target = 5; source = "s"; value = fixed.firms }
                """));
        assertEquals(Set.of("i1", "i2", "i3"), u.indicators());
    }

    @Test
    void aParamReachesAMilestoneThroughAState() {
        Uncertainty u = Uncertainty.of(compile("""
                param gain = uniform(0.5, 1.5)
                param twice = 2 * gain
                cluster c { firms = 10; state s = 0 in 0..100; state t = 0 in 0..100 }
                intervention w : skills { start = month 1; duration = 6 months; cost = 1 EUR; each month { s += twice; t += 1 } }
                milestone m "M" { due = month 6; when = s >= 5 }
                milestone n "N" { due = month 6; when = t >= 5 }
                """));
        assertEquals(Set.of("gain", "twice"), u.params());
        assertEquals(Set.of("c.s"), u.states());
        assertEquals(Set.of("m"), u.milestones());
        assertFalse(u.forecastIsCertain());
    }

    @Test
    void aMonthlyDrawAnUncertainIfAndWaitingForAnUncertainMilestoneAllCount() {
        Uncertainty u = Uncertainty.of(compile("""
                cluster c { firms = 10; state a = 0 in 0..100; state b = 0 in 0..100; state d = 0 in 0..100; state e = 0 in 0..100 }
                intervention w : skills {
                  start = month 1; duration = 6 months; cost = 1 EUR
                  each month {
                    a += bernoulli(0.5)
                    if a > 2 { b += 1 }
                  }
                }
                milestone m "M" { due = month 6; when = b >= 1 }
                intervention later : skills { after = m; duration = 3 months; cost = 1 EUR; each month { d += 1 } }
                intervention fixed : skills { start = month 1; duration = 3 months; cost = 1 EUR; each month { e += 1 } }
                indicator i : output { unit = number; value = d }
                indicator j : output { unit = number; value = e }
                """));
        assertEquals(Set.of("c.a", "c.b", "c.d"), u.states());
        assertEquals(Set.of("i"), u.indicators());
    }

    @Test
    void aDrawnPropertyOrStartCounts_andAFixedParamDoesNot() {
        Programme p = compile("""
                param gain = normal(1, 0.1)
                cluster c { size = uniform(5, 15); state s = size in 0..100; state t = uniform(0, 1) in 0..10; state g = 0 in 0..100 }
                intervention w : skills { start = month 1; duration = 6 months; cost = 1 EUR; each month { g += gain } }
                indicator i : output { unit = number; value = g }
                """);
        Uncertainty u = Uncertainty.of(p);
        assertEquals(Set.of("c.size"), u.properties());
        assertEquals(Set.of("c.s", "c.t", "c.g"), u.states());
        Uncertainty fixed = Uncertainty.of(p, Set.of("gain"));
        assertEquals(Set.of("c.s", "c.t"), fixed.states());
        assertTrue(fixed.forecastIsCertain());
    }
}
