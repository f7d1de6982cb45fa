package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each limit stops a hostile programme with a clear message, never by exhausting the host. */
class LimitsTest {

    @Test
    void aRunawayFnIsStoppedByTheTimeLimit() throws Exception {
        try (Marshall m = Marshall.builder().limits(Limits.DEFAULT.withTimeLimit(Duration.ofMillis(300))).build()) {
            Programme p = m.load("runaway.marshall", Hostile.busy(120, 200, 12));
            assertFalse(p.hasErrors(), p.renderDiagnostics());
            m.load("small.marshall", Hostile.small(12)).simulate(SimulationRequest.runs(10)); // the engine is up
            long started = System.nanoTime();
            MarshallException e = assertThrows(MarshallException.class, () -> p.simulate(SimulationRequest.runs(1000).threads(2)));
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertEquals("E088", e.diagnostics().get(0).code());
            assertTrue(e.getMessage().contains("it ran longer than its time limit of 300 ms"), e.getMessage());
            assertTrue(ms < 3_000, "stopped after " + ms + " ms");
            System.out.println("time limit 300 ms: stopped after " + ms + " ms");
        }
    }

    @Test
    void aBillionReplicasIsRefusedByTheChecker() throws Exception {
        try (Marshall m = Marshall.create()) {
            Programme p = m.load("huge.marshall", Hostile.header(12) + """
                    cluster c { firms = 10; replicas = 1_000_000_000; state x = 0 in 0..100 }
                    """);
            assertEquals("E020", p.diagnostics().get(0).code(), p.renderDiagnostics());
        }
    }

    @Test
    void manyReplicasOnManyThreadsAreRefusedBeforeAnyRun() throws Exception {
        try (Marshall m = Marshall.builder().limits(Limits.DEFAULT.withMaxMemoryBytes(128L << 20)).build()) {
            Programme p = m.load("huge.marshall", Hostile.header(12) + """
                    cluster c { firms = 10; replicas = 1_000_000
                      state a = 0 in 0..100; state b = 0 in 0..100; state c = 0 in 0..100; state d = 0 in 0..100 }
                    intervention grow : skills { start = month 1; duration = 12 months; cost = 0 EUR
                      each month { a += 1 } }
                    """);
            assertFalse(p.hasErrors(), p.renderDiagnostics());
            MarshallException e = assertThrows(MarshallException.class, () -> p.simulate(SimulationRequest.runs(10).threads(4)));
            assertEquals("E087", e.diagnostics().get(0).code());
            assertTrue(e.getMessage().contains("would need about"), e.getMessage());
            assertTrue(e.diagnostics().get(0).hint().contains("--runs"), e.diagnostics().get(0).hint());
        }
    }

    @Test
    void aHugeHorizonTimesRunsIsRefusedByTheMemoryLimit() throws Exception {
        try (Marshall m = Marshall.builder().limits(Limits.DEFAULT.withMaxMemoryBytes(64L << 20)).build()) {
            Programme p = m.load("long.marshall", Hostile.small(1200));
            MarshallException e = assertThrows(MarshallException.class, () -> p.simulate(SimulationRequest.runs(300_000)));
            assertEquals("E087", e.diagnostics().get(0).code());
            assertTrue(e.getMessage().startsWith("long.marshall:2:41:"), "located at the horizon: " + e.getMessage());
            // The summary streams (no run is kept), but 1200 months of sketches per worker still exceed 64 MB.
            assertTrue(e.getMessage().contains("300000 runs over 1200 months would need about 170 MB"), e.getMessage());
            assertTrue(e.getMessage().contains("more than the 64 MB available"), e.getMessage());
            // A size that fits runs.
            assertEquals(20, p.simulate(SimulationRequest.runs(20)).runs());
        }
    }

    @Test
    void aLongSourceIsRefused() {
        try (Marshall m = Marshall.builder().limits(Limits.DEFAULT.withMaxSourceChars(1000)).build()) {
            String text = Hostile.small(12) + "// " + "x".repeat(2000) + "\n";
            MarshallException e = assertThrows(MarshallException.class, () -> m.load("long.marshall", text));
            assertEquals("long.marshall: the programme is longer than the limit of 1000 characters (Limits.maxSourceChars)", e.getMessage());
            assertThrows(MarshallException.class, () -> m.load("long.marshall", new java.io.StringReader(text)));
        }
    }

    @Test
    void deepNestingIsRefusedWithItsPlace() {
        try (Marshall m = Marshall.builder().limits(Limits.DEFAULT.withMaxNesting(10)).build()) {
            String text = Hostile.header(12) + "param p = " + "(".repeat(11) + "1" + ")".repeat(11) + "\n";
            MarshallException e = assertThrows(MarshallException.class, () -> m.load("deep.marshall", text));
            assertEquals("deep.marshall:6:21: brackets nest deeper than the limit of 10 (Limits.maxNesting)", e.getMessage());
        }
    }

    @Test
    void manyDeclarationsAreRefused() {
        try (Marshall m = Marshall.builder().limits(Limits.DEFAULT.withMaxDeclarations(50)).build()) {
            StringBuilder text = new StringBuilder(Hostile.header(12));
            for (int i = 0; i < 60; i++) text.append("param p").append(i).append(" = 1\n");
            MarshallException e = assertThrows(MarshallException.class, () -> m.load("many.marshall", text.toString()));
            assertTrue(e.getMessage().contains("more than the limit of 50 (Limits.maxDeclarations)"), e.getMessage());
        }
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withTimeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULT.withMaxNesting(0));
    }
}
