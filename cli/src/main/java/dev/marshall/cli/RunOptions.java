package dev.marshall.cli;

import dev.marshall.api.Forecast;
import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import dev.marshall.api.Reasons;
import dev.marshall.api.SimulationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --runs}, {@code --seed}, {@code --threads}, {@code --set} and
 * {@code -v/--verbose}: how {@code simulate}, {@code emit} and {@code report}
 * run a programme. One class, so the three commands check the options at the
 * same moment (before the programme is read; {@code --set} names, which need
 * the programme, right after) and word every complaint alike: a usage error
 * ({@link ParameterException}), printed by {@link Marshall}'s handler as
 * {@code marshall: …} and a {@code Try '… --help'} line, exit 2.
 */
final class RunOptions {

    /** The command this is mixed into, for its name in usage errors. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "" + SimulationRequest.DEFAULT_RUNS,
            description = "Number of runs, 1 to " + SimulationRequest.MAX_RUNS + " (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SimulationRequest.DEFAULT_SEED,
            description = "Seed of the random numbers: the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, 1 to " + SimulationRequest.MAX_THREADS + " (default: one per core). Does not change the figures.")
    Integer threads;

    /** Kept as typed (not a picocli map), so that {@code --set NAME} without {@code =} gets a message of ours. */
    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Fix a param instead of sampling it, e.g. --set trust_gain=0.05 (a value may end in %%). Repeatable.")
    List<String> set = new ArrayList<>();

    @Option(names = {"-v", "--verbose"},
            description = "Say on standard error which Truffle runtime runs the programme, and how long the runs took.")
    boolean verbose;

    /**
     * The options as the simulator takes them, every value checked; unknown
     * {@code --set} names are left to {@link #checkNames}, which needs the programme.
     */
    SimulationRequest validate() {
        if (runs < 1 || runs > SimulationRequest.MAX_RUNS) {
            throw usage("--runs must be between 1 and " + SimulationRequest.MAX_RUNS + ", got " + runs);
        }
        int threadCount = threads != null ? threads : Math.min(Runtime.getRuntime().availableProcessors(), SimulationRequest.MAX_THREADS);
        if (threadCount < 1 || threadCount > SimulationRequest.MAX_THREADS) {
            throw usage("--threads must be between 1 and " + SimulationRequest.MAX_THREADS + ", got " + threadCount);
        }
        Map<String, Double> fixed = new TreeMap<>();
        for (String assignment : set) {
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                throw usage("--set " + assignment + ": expected NAME=VALUE, e.g. --set " + assignment + "=0.05");
            }
            String name = assignment.substring(0, equals).trim();
            String text = assignment.substring(equals + 1);
            if (name.isEmpty()) throw usage("--set " + assignment + ": expected NAME=VALUE, the name is missing");
            Double value = number(text);
            if (value == null) throw usage("--set " + name + ": '" + text + "' is not a number");
            fixed.put(name, value); // the same name twice: the last value counts
        }
        SimulationRequest request = SimulationRequest.runs(runs).seed(seed).threads(threadCount);
        for (Map.Entry<String, Double> f : fixed.entrySet()) request = request.fix(f.getKey(), f.getValue());
        return request;
    }

    /** Every {@code --set} name must be a param of the programme (the message suggests the closest). */
    void checkNames(Programme programme, SimulationRequest request) {
        try {
            programme.checkFixed(request.fixed());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        } catch (MarshallException e) {
            throw new IllegalStateException("checked a programme with errors", e);   // the commands stop on errors first
        }
    }

    /**
     * Simulates with a progress bar on standard error and, under
     * {@code --verbose}, the runtime before and the time after.
     */
    Forecast simulate(Programme programme, SimulationRequest request, Io io) throws MarshallException {
        if (verbose) io.error(runtimeDescription());
        long started = System.nanoTime();
        ProgressBar bar = new ProgressBar(io.err(), io.errIsTerminal());
        Forecast forecast;
        try {
            forecast = programme.simulate(request.progress(bar::progress));
        } finally {
            bar.clear();
        }
        if (verbose) {
            io.error(String.format(Locale.ROOT, "%d runs on %d thread%s in %.2f s", request.runs(), request.threads(),
                    request.threads() == 1 ? "" : "s", (System.nanoTime() - started) / 1e9));
        }
        return forecast;
    }

    /** Under {@code --verbose}, why no runtime is named: nothing was simulated. */
    void notSimulated(Io io) {
        if (verbose) io.error("not simulated (--no-simulation): no guest code runs");
    }

    /** The runtime in use, as the launcher and Truffle tell it. */
    private static String runtimeDescription() {
        String name = dev.marshall.api.Marshall.runtimeName();
        String reason = System.getProperty("marshall.runtime.reason", "");
        boolean optimizing = !name.toLowerCase(Locale.ROOT).contains("interpreted");
        return "Truffle runtime: " + name + (optimizing ? " (optimizing: guest code is compiled" : " (fallback: guest code is interpreted")
                + (reason.isEmpty() ? "" : "; " + reason) + ")";
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), Reasons.oneLine(message));
    }

    /** A number as on the command line: 0.05, 1_000, 5% (= 0.05); null when it is none. */
    static Double number(String text) {
        String t = text.trim().replace("_", "");
        double scale = 1;
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).trim();
            scale = 0.01;
        }
        try {
            double v = Double.parseDouble(t) * scale;
            return Double.isFinite(v) && !t.isEmpty() && !t.matches(".*[dDfFxXpP].*") ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
