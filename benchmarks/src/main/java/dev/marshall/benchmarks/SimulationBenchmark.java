package dev.marshall.benchmarks;

import dev.marshall.run.RunEngine;
import dev.marshall.model.Programme;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Summary;
import dev.marshall.simulation.reference.TreeWalkingEngine;
import dev.marshall.truffle.TruffleEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The simulation benchmark: the Orissa-like workload (150 replicas × 48
 * months × 10 000 runs, three states each) run
 * <ol type="a">
 *   <li>by Marshall on Truffle's optimizing runtime,</li>
 *   <li>by hand-written Java of exactly the same model ({@link OrissaByHand}, the limit),</li>
 *   <li>by the plain tree-walking evaluator over the same model ({@link TreeWalkingEngine}).</li>
 * </ol>
 * Targets: (a) within 2× of (b), at least 20× faster than (c). All three must
 * produce identical results, which is checked. Single-threaded, so that the
 * figures compare evaluation and not scheduling; warm (each engine first runs
 * warm-up rounds, then the median of the measured rounds is reported).
 *
 * <p>Refuses to run — loudly — on Truffle's fallback runtime, which would
 * silently measure an interpreter: start it with the JVMCI flags and the Graal
 * compiler jars, as {@code benchmarks/simulation-benchmark.sh} does.
 *
 * <pre>
 *   benchmarks/simulation-benchmark.sh [--runs N] [--replicas R] [--months M] [--rounds K] [--warm-up SECONDS] [--engines abc]
 * </pre>
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = 10_000;
        int replicas = 150;
        int months = 48;
        int rounds = 3;
        String engines = "abc";
        double warmUpSeconds = 30;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--replicas" -> replicas = Integer.parseInt(args[i + 1]);
                case "--months" -> months = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--engines" -> engines = args[i + 1];
                case "--warm-up" -> warmUpSeconds = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }

        String runtime = TruffleEngine.implementationName();
        if (!TruffleEngine.isOptimizing()) {
            throw new IllegalStateException("Truffle runs on its fallback runtime (" + runtime + "): this benchmark would "
                    + "measure an interpreter. Start the JVM with -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "
                    + "--upgrade-module-path=<compiler, truffle-compiler, word and collections jars of the JDK's exact version> "
                    + "(benchmarks/simulation-benchmark.sh does).");
        }

        Programme programme = OrissaWorkload.programme(replicas, months);
        SimulationOptions options = new SimulationOptions(runs, 2026, 1, Map.of());
        SimulationOptions warmUp = new SimulationOptions(Math.max(1, runs / 10), 7, 1, Map.of());
        double replicaMonths = (double) runs * replicas * months;

        System.out.printf(Locale.ROOT, "machine: %d cores, %s; %s %s; Truffle runtime: %s%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), runtime);
        System.out.printf(Locale.ROOT, "workload: %d replicas x %d months x %d runs, 3 states, 1 thread%n", replicas, months, runs);

        Measured byHand = !engines.contains("b") ? null
                : measure("(b) hand-written Java", programme, () -> new OrissaByHand(programme), options, warmUp, rounds, replicaMonths, warmUpSeconds);
        Measured truffle = !engines.contains("a") ? null
                : measure("(a) Marshall on Truffle", programme, () -> truffleEngine(programme), options, warmUp, rounds, replicaMonths, warmUpSeconds);
        Measured walker = !engines.contains("c") ? null
                : measure("(c) tree-walking evaluator", programme, () -> new TreeWalkingEngine(programme, Map.of()),
                        options, new SimulationOptions(Math.max(1, runs / 50), 7, 1, Map.of()), Math.min(rounds, 2), replicaMonths, warmUpSeconds / 2);
        if (truffle == null || byHand == null || walker == null) return;

        if (!truffle.result.equals(byHand.result) || !truffle.result.equals(walker.result)) {
            throw new IllegalStateException("the three engines disagree on the results");
        }
        System.out.println("results: identical for (a), (b) and (c)");
        System.out.printf(Locale.ROOT, "ratios: (a)/(b) = %.2f (target <= 2); (c)/(a) = %.1f (target >= 20)%n",
                truffle.seconds / byHand.seconds, walker.seconds / truffle.seconds);
    }

    private static TruffleEngine truffleEngine(Programme programme) {
        try {
            return TruffleEngine.create(programme, Map.of());
        } catch (SimulationException e) {
            throw new IllegalStateException(e.diagnostics().toString(), e);
        }
    }

    private record Measured(double seconds, SimulationResult result) {}

    private static Measured measure(String name, Programme programme, Supplier<RunEngine> engines,
                                    SimulationOptions options, SimulationOptions warmUp, int rounds, double replicaMonths,
                                    double warmUpSeconds)
            throws SimulationException {
        try (RunEngine engine = engines.get()) {
            // Warm up for at least warmUpSeconds (Truffle compiles in the background, and on a busy machine the
            // compiler itself takes seconds to warm up), then until two rounds in a row agree within 10%.
            double previous = Double.MAX_VALUE;
            int warmRounds = 0;
            long warmStart = System.nanoTime();
            while (warmRounds < 200) {
                long start = System.nanoTime();
                MonteCarlo.run(programme, engine, warmUp, ProgressListener.NONE);
                double t = (System.nanoTime() - start) / 1e9;
                warmRounds++;
                boolean longEnough = (System.nanoTime() - warmStart) / 1e9 >= warmUpSeconds;
                if (longEnough && Math.abs(t - previous) <= 0.1 * Math.min(t, previous)) break;
                previous = t;
            }
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            List<Double> times = new ArrayList<>();
            RunOutcomes outcomes = null;
            for (int k = 0; k < rounds; k++) {
                long start = System.nanoTime();
                outcomes = MonteCarlo.run(programme, engine, options, ProgressListener.NONE);
                times.add((System.nanoTime() - start) / 1e9);
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            System.out.printf(Locale.ROOT, "%-28s median %7.3f s, min %7.3f s (%5.1f ns per replica-month; rounds %s; warm-up %d rounds, %.1f s)%n",
                    name, median, sorted[0], median * 1e9 / replicaMonths,
                    Arrays.toString(times.stream().map(t -> String.format(Locale.ROOT, "%.3f", t)).toArray()), warmRounds, warmSeconds);
            return new Measured(median, Summary.of(programme, options, outcomes));
        }
    }

    private static String cpuModel() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the architecture will do
        }
        return System.getProperty("os.arch");
    }
}
