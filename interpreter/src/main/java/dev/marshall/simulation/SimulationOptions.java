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

    public SimulationOptions {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
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
