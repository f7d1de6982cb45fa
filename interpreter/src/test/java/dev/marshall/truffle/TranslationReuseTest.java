package dev.marshall.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.marshall.Compiler;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationControl;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** A programme simulated again on a shared engine runs the call targets (and compiled code) it already has. */
class TranslationReuseTest {
    private static final String TEXT = """
            programme "Reuse" {
              country = "Nowhere"; start = 2027-01; horizon = 12 months; currency = EUR
              budget = 10_000_000 EUR; focus = growth; goal = "test"
            }
            use std.unido
            param rate = uniform(0.01, 0.05)
            cluster town {
              firms = 100
              state trust = 0.1 in 0..1
            }
            intervention talks : trust_governance {
              in = town
              start = month 1
              duration = 12 months
              cost = 1_000 EUR
              each month { trust += converge(trust, 1, rate) }
            }
            """;

    private static Programme compile() {
        Compilation c = Compiler.compile(SourceFile.ofString("reuse.marshall", TEXT));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return c.programme();
    }

    @Test
    void theSameProgrammeOnASharedEngineReusesItsCallTarget() throws Exception {
        try (Engine shared = TruffleEngine.newEngine()) {
            Programme first = compile();
            try (TruffleEngine a = TruffleEngine.create(first, Map.of(), shared);
                 TruffleEngine b = TruffleEngine.create(first, Map.of(), shared);
                 TruffleEngine fixed = TruffleEngine.create(first, Map.of("rate", 0.02), shared)) {
                assertSame(a.runTarget(), b.runTarget());
                assertNotSame(a.runTarget(), fixed.runTarget(), "a --set value is part of the translation");
            }
        }
    }

    @Test
    void separateEnginesTranslateSeparately() throws Exception {
        Programme p = compile();
        try (TruffleEngine a = TruffleEngine.create(p, Map.of()); TruffleEngine b = TruffleEngine.create(p, Map.of())) {
            assertNotSame(a.runTarget(), b.runTarget());
        }
    }

    @Test
    void reusedTranslationsGiveTheSameResults() throws Exception {
        Programme p = compile();
        SimulationOptions options = new SimulationOptions(200, 7, 2, Map.of());
        SimulationResult alone = Simulator.simulate(p, options);
        try (Engine shared = TruffleEngine.newEngine()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(alone, Simulator.simulate(p, options, ProgressListener.NONE, SimulationControl.unlimited(), shared));
            }
        }
    }
}
