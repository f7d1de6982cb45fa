package dev.marshall.simulation;

import java.util.Map;
import java.util.TreeMap;

/**
 * How to simulate: how many runs, from which seed, on how many threads, with
 * which params fixed ({@code --set name=value}, by param name).
 */
public record SimulationOptions(int runs, long seed, int threads, Map<String, Double> overrides) {

    public static final int DEFAULT_RUNS = 1000;
    public static final long DEFAULT_SEED = 1;
    /** Every run's outcome is kept until the quantiles are taken (some hundred bytes a run): a million is plenty. */
    public static final int MAX_RUNS = 1_000_000;
    /** More worker threads than this only cost memory (each has a large stack reserved). */
    public static final int MAX_THREADS = 256;

    public SimulationOptions {
        if (runs < 1 || runs > MAX_RUNS) throw new IllegalArgumentException("runs must be between 1 and " + MAX_RUNS + ", got " + runs);
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        overrides = Map.copyOf(new TreeMap<>(overrides));
    }

    /** {@code runs} runs from {@code seed} on every core, nothing fixed. */
    public static SimulationOptions of(int runs, long seed) {
        return new SimulationOptions(runs, seed, Runtime.getRuntime().availableProcessors(), Map.of());
    }

    public SimulationOptions withThreads(int count) {
        return new SimulationOptions(runs, seed, count, overrides);
    }

    public SimulationOptions withOverrides(Map<String, Double> fixed) {
        return new SimulationOptions(runs, seed, threads, fixed);
    }
}
