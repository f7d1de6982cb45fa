package dev.marshall.cli;

import dev.marshall.Compilation;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.emit.AtomicFiles;
import dev.marshall.model.Programme;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.ResultCsv;
import dev.marshall.simulation.ResultJson;
import dev.marshall.simulation.ResultText;
import dev.marshall.simulation.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall simulate FILE}: Monte Carlo simulation of a programme —
 * when milestones are likely reached and where indicators land. Results go to
 * standard output (or {@code --output}); diagnostics, the progress bar and
 * {@code --verbose} notes to standard error.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulate a programme month by month, many runs with sampled uncertainty.",
        footer = {"", "Exit status: 0 simulated; 1 errors in the programme or a runtime error in its code;"
                + " 2 usage or I/O error."})
final class SimulateCommand implements Callable<Integer> {

    /** Output formats of the result. */
    enum Format {
        TEXT, JSON, CSV;

        @Override
        public String toString() {
            return EnumWords.word(this);
        }

        static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return EnumWords.parse(Format.class, value);
            }
        }
    }

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "Number of runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the random numbers: the same seed gives the same result (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: one per core). Does not change the result.")
    private Integer threads;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Fix a param instead of sampling it, e.g. --set trust_gain=0.05 (a value may end in %%). Repeatable.")
    private Map<String, String> set = new TreeMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "Output: text (a table), json or csv (docs/cli.md).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write the result to this file (replaced atomically) instead of standard output.")
    private Path output;

    @Option(names = {"-v", "--verbose"}, description = "Say on standard error which Truffle runtime runs the programme, and how long it took.")
    private boolean verbose;

    @Parameters(index = "0", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() {
        Io io = marshall.io();
        if (runs < 1 || runs > SimulationOptions.MAX_RUNS) {
            return usage(io, "--runs must be between 1 and " + SimulationOptions.MAX_RUNS + ", got " + runs);
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1 || threadCount > SimulationOptions.MAX_THREADS) {
            return usage(io, "--threads must be between 1 and " + SimulationOptions.MAX_THREADS + ", got " + threadCount);
        }
        Map<String, Double> fixed = new TreeMap<>();
        for (Map.Entry<String, String> e : set.entrySet()) {
            Double value = number(e.getValue());
            if (value == null) return usage(io, "--set " + e.getKey() + ": '" + e.getValue() + "' is not a number");
            fixed.put(e.getKey(), value);
        }

        Compilation compilation = ProgrammeFiles.compileOrReport(file, io);
        if (compilation == null) return ExitCodes.USAGE_OR_IO;
        if (compilation.hasErrors()) {
            List<Diagnostic> errors = compilation.diagnostics().stream().filter(Diagnostic::isError).toList();
            printDiagnostics(io, errors);
            return ExitCodes.FINDINGS;
        }
        Programme programme = compilation.programme();
        SimulationOptions options = new SimulationOptions(runs, seed, threadCount, fixed);
        try {
            Simulator.checkOverrides(programme, fixed);
        } catch (IllegalArgumentException e) {
            return usage(io, e.getMessage());
        }

        if (verbose) io.err().println("marshall: " + runtimeDescription());
        long started = System.nanoTime();
        ProgressBar bar = new ProgressBar(io.err(), io.errIsTerminal());
        SimulationResult result;
        try {
            result = Simulator.simulate(programme, options, bar);
        } catch (SimulationException e) {
            bar.clear();
            printDiagnostics(io, e.diagnostics());
            return ExitCodes.FINDINGS;
        } finally {
            bar.clear();
        }
        if (verbose) {
            io.err().printf(Locale.ROOT, "marshall: %d runs on %d thread%s in %.2f s%n", runs, threadCount,
                    threadCount == 1 ? "" : "s", (System.nanoTime() - started) / 1e9);
        }
        io.err().flush();

        String rendered = switch (format) {
            case TEXT -> ResultText.render(result, programme);
            case JSON -> ResultJson.render(result);
            case CSV -> ResultCsv.render(result, programme);
        };
        if (output != null) {
            try {
                AtomicFiles.write(output, rendered);
            } catch (IOException e) {
                io.error("cannot write '" + TextRenderer.sanitizeLine(output.toString()) + "': " + ProgrammeFiles.reason(e));
                return ExitCodes.USAGE_OR_IO;
            }
        } else {
            io.out().print(rendered);
            io.out().flush();
        }
        return ExitCodes.OK;
    }

    /** The runtime in use, as the launcher and Truffle tell it. */
    private static String runtimeDescription() {
        String name = Simulator.runtimeName();
        String reason = System.getProperty("marshall.runtime.reason", "");
        boolean optimizing = !name.toLowerCase(Locale.ROOT).contains("interpreted");
        return "Truffle runtime: " + name + (optimizing ? " (optimizing: guest code is compiled)"
                : " (fallback: guest code is interpreted" + (reason.isEmpty() ? "" : "; " + reason) + ")");
    }

    private void printDiagnostics(Io io, List<Diagnostic> diagnostics) {
        TextRenderer renderer = new TextRenderer(colour.enabled(io, io.errIsTerminal()));
        io.err().print(renderer.render(List.of(new CheckedFile(file.toString(), diagnostics))));
        io.err().flush();
    }

    private static int usage(Io io, String message) {
        io.error(message);
        io.err().println("Try 'marshall simulate --help' for more information.");
        io.err().flush();
        return ExitCodes.USAGE_OR_IO;
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

    /**
     * A progress bar on standard error, drawn only when it is a terminal and
     * only once the simulation has taken more than a second; erased at the end.
     */
    static final class ProgressBar implements ProgressListener {
        private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
        private static final long REDRAW_NANOS = 100_000_000L;
        private static final int WIDTH = 30;

        private final PrintWriter err;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private long lastDrawn;
        private boolean drawn;

        ProgressBar(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public synchronized void progress(int done, int total) {
            if (!terminal) return;
            long now = System.nanoTime();
            if (now - started < SHOW_AFTER_NANOS || (now - lastDrawn < REDRAW_NANOS && done < total)) return;
            lastDrawn = now;
            drawn = true;
            int filled = (int) ((long) WIDTH * done / total);
            err.printf(Locale.ROOT, "\r[%s%s] %3d%% %d/%d runs", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    100L * done / total, done, total);
            err.flush();
        }

        synchronized void clear() {
            if (!drawn) return;
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
