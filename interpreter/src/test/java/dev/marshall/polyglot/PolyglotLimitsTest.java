package dev.marshall.polyglot;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.truffle.TruffleEngine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * Polyglot {@code simulate} stops as the Java API's does: at the host's time
 * limit ({@code marshall.SimulationTimeLimit}) with E088, and when the host
 * interrupts the context from another thread.
 */
class PolyglotLimitsTest {

    /** A month of 2^20 fn calls, for 600 months: far longer than any limit here. */
    private static String runaway() {
        StringBuilder fns = new StringBuilder();
        int levels = 20;
        for (int i = 0; i < levels; i++) fns.append("fn g").append(i).append("(x) = g").append(i + 1).append("(x) + g").append(i + 1).append("(x)\n");
        fns.append("fn g").append(levels).append("(x) = x * 0.5\n");
        return """
                programme "Test" {
                  country = "Nowhere"; start = 2027-01; horizon = 600 months; currency = EUR
                  budget = 10_000_000 EUR; focus = growth; goal = "test"
                }
                use std.unido
                """ + fns + """
                cluster c { firms = 10; state x = 0 in 0..1000000000 }
                intervention spin : skills { start = month 1; duration = 600 months; cost = 0 EUR
                  each month { x += g0(0.000001) } }
                """;
    }

    private static Context context(Long timeLimitMillis) {
        Context.Builder builder = TruffleEngine.sandboxed(Context.newBuilder("marshall")).option("engine.WarnInterpreterOnly", "false");
        if (timeLimitMillis != null) builder.option("marshall.SimulationTimeLimit", Long.toString(timeLimitMillis));
        return builder.build();
    }

    private static Value eval(Context context, String text) {
        return context.eval(Source.newBuilder("marshall", text, "runaway.marshall").buildLiteral());
    }

    @Test
    void aSimulationOverTheHostsTimeLimitStopsWithE088() {
        try (Context context = context(300L)) {
            Value programme = eval(context, runaway());
            long started = System.nanoTime();
            PolyglotException stopped = assertThrows(PolyglotException.class, () -> programme.invokeMember("simulate"));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(stopped.isGuestException(), stopped.toString());
            assertTrue(stopped.getMessage().contains("E088"), stopped.getMessage());
            assertTrue(stopped.getMessage().contains("time limit"), stopped.getMessage());
            System.out.println("polyglot simulate with a 300 ms limit stopped after " + tookMillis + " ms");
            assertTrue(tookMillis < 10_000, "stopped after " + tookMillis + " ms");
        }
    }

    @Test
    void aTimeLimitThatIsNoNumberIsRefusedWhenTheContextIsBuilt() {
        Context.Builder builder = TruffleEngine.sandboxed(Context.newBuilder("marshall"))
                .option("engine.WarnInterpreterOnly", "false").option("marshall.SimulationTimeLimit", "soon");
        assertThrows(IllegalArgumentException.class, builder::build);
    }

    @Test
    void anInterruptFromAnotherThreadStopsASimulation() throws Exception {
        try (Context context = context(null)) {
            Value programme = eval(context, runaway());
            long cold = interruptedSimulation(context, programme);
            long warm = interruptedSimulation(context, programme);   // the context is still usable after an interrupt
            System.out.println("polyglot interrupt → simulate returned in " + cold + " ms (first), " + warm + " ms (second)");
            assertTrue(warm < 5_000, "stopped " + warm + " ms after the interrupt");
        }
    }

    /** Interrupts a running simulation; returns how long after the interrupt it returned, in ms. */
    private static long interruptedSimulation(Context context, Value programme) throws Exception {
        {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            AtomicReference<Long> endedAt = new AtomicReference<>();
            Thread host = new Thread(() -> {
                try {
                    programme.invokeMember("simulate");
                } catch (Throwable t) {
                    outcome.set(t);
                } finally {
                    endedAt.set(System.nanoTime());
                }
            });
            host.start();
            Thread.sleep(500);
            long interruptedAt = System.nanoTime();
            context.interrupt(Duration.ofSeconds(20));
            host.join(20_000);
            assertTrue(!host.isAlive(), "the simulation did not stop");
            assertTrue(outcome.get() instanceof PolyglotException, String.valueOf(outcome.get()));
            PolyglotException stopped = (PolyglotException) outcome.get();
            assertTrue(stopped.isInterrupted(), stopped.toString());
            return (endedAt.get() - interruptedAt) / 1_000_000;
        }
    }
}
