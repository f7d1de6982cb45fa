package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.emit.logframe.LogframeDerivation;
import dev.marshall.emit.logframe.UncertaintyCaveat;
import dev.marshall.model.Compilation;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report's forecast caveat names what is uncertain, what is a single path, and what is settled anyway. */
class UncertaintyCaveatTest {

    private static List<String> caveat(Compilation c, boolean simulate) throws Exception {
        assertTrue(!c.hasErrors(), c.diagnostics().toString());
        var result = simulate ? Optional.of(Simulator.simulate(c.programme(), SimulationOptions.of(200, 7))) : Optional.<dev.marshall.simulation.SimulationResult>empty();
        return UncertaintyCaveat.of(c.programme(), LogframeDerivation.derive(c.programme(), result));
    }

    @Test
    void sialkotNamesItsUncertainParamsAndStates() throws Exception {
        List<String> lines = caveat(Compiler.compile(GoldenFormatsTest.SIALKOT), true);
        assertEquals("Uncertain in this model: the params trust_gain and network_pull; the states trust, governance and members.", lines.get(0));
    }

    @Test
    void aModelWithoutDrawsSaysEveryRunIsTheSame() throws Exception {
        Compilation c = Compiler.compile(SourceFile.ofString("certain.marshall", """
                programme "Certain" { start = 2027-01; horizon = 12 months; currency = EUR; budget = 10_000 EUR }
                use std.unido
                cluster c { firms = 10; state s = 0 in 0..100 }
                intervention w : skills { start = month 1; duration = 6 months; cost = 1 EUR; each month { s += 1 } }
                milestone m "Five" { due = month 6; when = s >= 5 }
                """));
        List<String> lines = caveat(c, true);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("Nothing in this model is uncertain"), lines.get(0));
    }

    @Test
    void aCertainMilestoneBesideUncertainOnesIsNamed_andASettledOneToo() throws Exception {
        Compilation c = Compiler.compile(SourceFile.ofString("mixed.marshall", """
                programme "Mixed" { start = 2027-01; horizon = 12 months; currency = EUR; budget = 10_000 EUR }
                use std.unido
                param gain = uniform(1.0, 1.1)
                cluster c { firms = 10; state s = 0 in 0..100; state t = 0 in 0..100 }
                intervention w : skills { start = month 1; duration = 12 months; cost = 1 EUR; each month { s += 1; t += gain } }
                milestone fixed "Fixed" { due = month 6; when = s >= 5 }
                milestone early "Early" { due = month 10; when = t >= 3 }
                """));
        List<String> lines = caveat(c, true);
        assertEquals(List.of(
                "Uncertain in this model: the param gain; the state t.",
                "No draw reaches milestone \u201cFixed\u201d: its forecast is a single path, not a range.",
                "Uncertain, yet on time in every run or in none: \u201cEarly\u201d (every run); the uncertainty is too small to move it across the due month."),
                lines);
        assertEquals(2, caveat(c, false).size(), "without a forecast there is nothing settled to report");
    }
}
