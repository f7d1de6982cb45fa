package dev.marshall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** One engine serves many simulations: at once they give what each gives alone, and later ones start warm. */
class SharedEngineTest {

    private static String logframe(Programme p, int seed) throws Exception {
        return p.emit(OutputFormat.JSON, p.simulate(SimulationRequest.runs(100).seed(seed).threads(2)));
    }

    @Test
    void twoHostThreadsGetWhatEachGetsAlone() throws Exception {
        try (Marshall m = Marshall.create()) {
            Programme sialkot = m.load(MarshallTest.EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall"));
            Programme orissa = m.load(MarshallTest.EXAMPLES.resolve("senegal_guarantee.marshall"));
            String sialkotAlone = logframe(sialkot, 5);
            String orissaAlone = logframe(orissa, 9);
            for (int round = 0; round < 2; round++) {
                CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> call(() -> logframe(sialkot, 5)));
                CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> call(() -> logframe(orissa, 9)));
                assertEquals(sialkotAlone, a.get());
                assertEquals(orissaAlone, b.get());
            }
        }
    }

    /** Not an assertion on time (benchmarks own those): prints what a long-running host gains. */
    @Test
    void repeatedSimulationsReuseTheEngine() throws Exception {
        try (Marshall m = Marshall.create()) {
            Programme p = m.load(MarshallTest.EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall"));
            StringBuilder times = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                long started = System.nanoTime();
                p.simulate(SimulationRequest.runs(1000).seed(1).threads(2));
                times.append(i == 0 ? "" : ", ").append((System.nanoTime() - started) / 1_000_000).append(" ms");
            }
            System.out.println("sialkot, 1000 runs on one shared engine: " + times);
        }
        StringBuilder fresh = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            try (Marshall m = Marshall.create()) {
                Programme p = m.load(MarshallTest.EXAMPLES.resolve("src/test/resources/spec/sialkot.marshall"));
                long started = System.nanoTime();
                p.simulate(SimulationRequest.runs(1000).seed(1).threads(2));
                fresh.append(i == 0 ? "" : ", ").append((System.nanoTime() - started) / 1_000_000).append(" ms");
            }
        }
        System.out.println("sialkot, 1000 runs on a new engine each time: " + fresh);
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
