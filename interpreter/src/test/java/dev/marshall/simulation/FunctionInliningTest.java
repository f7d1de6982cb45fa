package dev.marshall.simulation;

import static dev.marshall.simulation.Programmes.header;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * fn calls inlined into the run (small fns) and kept as calls (fns whose
 * expansion is too big) compute exactly what the reference tree-walker
 * computes: arguments evaluated once each, left to right, before the body —
 * so draws in arguments are drawn once, even when the body does not use them.
 */
class FunctionInliningTest {

    @Test
    void drawsInArgumentsAreDrawnOnceEvenWhenTheBodySkipsThem() throws Exception {
        Programmes.simulateBoth(Programmes.compile(header(12) + """
                cluster c {
                  firms = 100; replicas = 5
                  state x = 1 in 0..1000
                }
                intervention i : trust_governance { start = month 1; duration = 12 months; cost = 1_000 EUR
                  each month {
                    x += pick(x - 5, normal(1, 0.5), uniform(0, 2)) + twice(normal(0, 1))
                    x += if gate(bernoulli(0.5)) > 0 then 1 else 0
                  } }
                fn pick(c, a, b) = if c > 0 then a else b
                fn twice(v) = pick(v, v + v, 0)
                fn gate(b) = b
                """), new SimulationOptions(40, 3, 2, Map.of()));
    }

    @Test
    void fnsTooBigToInlineStayCallsAndAgree() throws Exception {
        // f9 expands to 2^9 copies of f0: past the inlining budget, so it stays a call.
        StringBuilder fns = new StringBuilder("fn f0(v) = v * 1.01 + 0.001\n");
        for (int k = 1; k <= 9; k++) fns.append("fn f").append(k).append("(v) = (f").append(k - 1)
                .append("(v) + f").append(k - 1).append("(v)) / 2\n");
        Programmes.simulateBoth(Programmes.compile(header(6) + """
                cluster c {
                  firms = 100
                  state x = 1 in 0..1000
                }
                intervention i : trust_governance { start = month 1; duration = 6 months; cost = 1_000 EUR
                  each month { x = f9(x + uniform(0, 0.1)) + f1(x) - x } }
                """ + fns), new SimulationOptions(20, 9, 2, Map.of()));
    }
}
