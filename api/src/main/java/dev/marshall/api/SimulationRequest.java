package dev.marshall.api;

import dev.marshall.simulation.SimulationOptions;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * How to simulate: how many runs, from which seed, on how many threads, with
 * which params fixed, who hears of progress and who may cancel. Immutable;
 * each {@code with}-style method returns a new request.
 *
 * <pre>{@code
 * SimulationRequest.runs(2000).seed(7).threads(4).fix("uptake", 0.3)
 * }</pre>
 * The same programme, runs, seed and fixed params give the same forecast on any
 * number of threads.
 */
public final class SimulationRequest {
    /** How many runs {@link #defaults()} asks for. */
    public static final int DEFAULT_RUNS = SimulationOptions.DEFAULT_RUNS;
    /** The seed {@link #runs(int)} starts from. */
    public static final long DEFAULT_SEED = SimulationOptions.DEFAULT_SEED;
    /** The most runs a simulation may have. */
    public static final int MAX_RUNS = SimulationOptions.MAX_RUNS;
    /** The most worker threads a simulation may use. */
    public static final int MAX_THREADS = SimulationOptions.MAX_THREADS;

    private final int runs;
    private final long seed;
    private final int threads;
    private final Map<String, Double> fixed;
    private final BiConsumer<Integer, Integer> progress;
    private final Cancellation cancellation;

    private SimulationRequest(int runs, long seed, int threads, Map<String, Double> fixed,
                              BiConsumer<Integer, Integer> progress, Cancellation cancellation) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.runs = runs;
        this.seed = seed;
        this.threads = threads;
        this.fixed = Map.copyOf(new TreeMap<>(fixed));
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /**
     * 1000 runs from seed 1, on every core, nothing fixed.
     *
     * @return the default request
     */
    public static SimulationRequest defaults() {
        return runs(1000);
    }

    /**
     * {@code count} runs from seed 1, on every core, nothing fixed.
     *
     * @param count how many runs (1 to 1 000 000)
     * @return the request
     */
    public static SimulationRequest runs(int count) {
        return new SimulationRequest(count, 1, Runtime.getRuntime().availableProcessors(), Map.of(), null, null);
    }

    /**
     * This request with another seed.
     *
     * @param value the seed every run's random stream is derived from
     * @return the new request
     */
    public SimulationRequest seed(long value) {
        return new SimulationRequest(runs, value, threads, fixed, progress, cancellation);
    }

    /**
     * This request on {@code count} worker threads (the result does not depend on it).
     *
     * @param count 1 to 256
     * @return the new request
     */
    public SimulationRequest threads(int count) {
        return new SimulationRequest(runs, seed, count, fixed, progress, cancellation);
    }

    /**
     * This request with one more param fixed, as {@code marshall simulate --set name=value}.
     *
     * @param param the param's name; simulating fails when the programme has no such param
     * @param value its value in every run, in the param's base unit (12% is 0.12)
     * @return the new request
     */
    public SimulationRequest fix(String param, double value) {
        Map<String, Double> more = new TreeMap<>(fixed);
        more.put(Objects.requireNonNull(param, "param"), value);
        return new SimulationRequest(runs, seed, threads, more, progress, cancellation);
    }

    /**
     * This request telling {@code listener} how many runs are done, out of how
     * many; it is called from worker threads, concurrently, and must be quick.
     *
     * @param listener gets (done, total)
     * @return the new request
     */
    public SimulationRequest progress(BiConsumer<Integer, Integer> listener) {
        return new SimulationRequest(runs, seed, threads, fixed, Objects.requireNonNull(listener), cancellation);
    }

    /**
     * This request stoppable by {@code cancel}.
     *
     * @param cancel the switch another thread may flip
     * @return the new request
     */
    public SimulationRequest cancelledBy(Cancellation cancel) {
        return new SimulationRequest(runs, seed, threads, fixed, progress, Objects.requireNonNull(cancel));
    }

    /** {@return how many runs} */
    public int runs() { return runs; }

    /** {@return the seed} */
    public long seed() { return seed; }

    /** {@return how many worker threads} */
    public int threads() { return threads; }

    /** {@return the fixed params, by name, sorted} */
    public Map<String, Double> fixed() { return fixed; }

    BiConsumer<Integer, Integer> progressListener() { return progress; }

    Cancellation cancellation() { return cancellation; }

    @Override
    public String toString() {
        return "SimulationRequest[runs=" + runs + ", seed=" + seed + ", threads=" + threads + ", fixed=" + fixed + "]";
    }
}
