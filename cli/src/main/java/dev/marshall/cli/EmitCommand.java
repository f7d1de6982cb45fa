package dev.marshall.cli;

import dev.marshall.Compilation;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.emit.AtomicFiles;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.simulation.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code marshall emit FILE --format F [--out PATH]}: the programme's M&E
 * framework in one format, on standard output or written atomically to a
 * file. The programme is simulated first (unless {@code --no-simulation}) so
 * the framework carries forecasts; the same file and seed always give the same
 * bytes.
 */
@Command(name = "emit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the programme's M&E framework in one format (docs/formats.md).",
        footer = {"", "Formats: logframe-md, logframe-html, csv (the logframe as a table), json, iati (IATI 2.03 XML),",
                "sheets-md (indicator reference sheets), calendar-csv (reporting calendar).",
                "", "Exit status: 0 written; 1 the programme has errors or its simulation failed; 2 usage or I/O error."})
final class EmitCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "One of: logframe-md, logframe-html, csv, json, iati, sheets-md, calendar-csv.")
    private Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Write to this file (replaced atomically) instead of standard output.")
    private Path out;

    @Mixin
    private SimulationChoice simulation;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() {
        Io io = marshall.io();
        Loaded loaded = load(file, simulation, colour, io);
        if (loaded.exitCode() != ExitCodes.OK) return loaded.exitCode();
        String text = format.emitter().render(loaded.framework());
        if (out == null) {
            io.out().print(text);
            io.out().flush();
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(out, text);
        } catch (IOException e) {
            io.error("cannot write '" + TextRenderer.sanitizeLine(out.toString()) + "': " + ProgrammeFiles.reason(e));
            return ExitCodes.USAGE_OR_IO;
        }
        return ExitCodes.OK;
    }

    /** A framework ready to render, or the exit code to stop with (the reason already printed). */
    record Loaded(Framework framework, int exitCode) {}

    /**
     * What {@code emit} and {@code report} share: compile; stop on errors
     * (printing them); note warnings in one line; simulate unless told not to.
     */
    static Loaded load(Path file, SimulationChoice choice, ColourOption colour, Io io) {
        Compilation compilation = ProgrammeFiles.compileOrReport(file, io);
        if (compilation == null) return new Loaded(null, ExitCodes.USAGE_OR_IO);
        CheckedFile checked = new CheckedFile(file.toString(), compilation.diagnostics());
        if (compilation.hasErrors() || compilation.programme() == null) {
            io.err().print(new TextRenderer(colour.enabled(io, io.errIsTerminal())).render(List.of(checked)));
            io.err().flush();
            return new Loaded(null, ExitCodes.FINDINGS);
        }
        if (checked.warnings() > 0) io.error(TextRenderer.summary(checked) + " (see 'marshall check " + file + "')");
        Optional<SimulationResult> result = Optional.empty();
        if (!choice.noSimulation) {
            SimulateCommand.ProgressBar bar = new SimulateCommand.ProgressBar(io.err(), io.errIsTerminal());
            try {
                SimulationOptions options = new SimulationOptions(choice.runs, choice.seed,
                        choice.threads == null ? Runtime.getRuntime().availableProcessors() : choice.threads, choice.overrides());
                result = Optional.of(Simulator.simulate(compilation.programme(), options, bar));
            } catch (IllegalArgumentException e) {
                io.error(TextRenderer.sanitizeLine(e.getMessage()));
                return new Loaded(null, ExitCodes.USAGE_OR_IO);
            } catch (SimulationException e) {
                bar.clear();
                TextRenderer renderer = new TextRenderer(colour.enabled(io, io.errIsTerminal()));
                io.err().print(renderer.render(List.of(new CheckedFile(file.toString(), e.diagnostics()))));
                io.err().flush();
                return new Loaded(null, ExitCodes.FINDINGS);
            } finally {
                bar.clear();
            }
        }
        return new Loaded(Framework.of(compilation.programme(), result, compilation.diagnostics()), ExitCodes.OK);
    }

    /** {@code --runs}, {@code --seed}, {@code --threads}, {@code --set}, {@code --no-simulation}: shared with {@code report}. */
    static final class SimulationChoice {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "" + SimulationOptions.DEFAULT_RUNS,
                description = "Monte Carlo runs behind the forecasts (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SimulationOptions.DEFAULT_SEED,
                description = "Seed of the runs; the same seed gives the same figures (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core); figures do not depend on it.")
        Integer threads;

        @Option(names = "--set", paramLabel = "NAME=VALUE",
                description = "Fix a param instead of sampling it, e.g. --set trust_gain=0.05 (a value may end in %%). Repeatable.")
        Map<String, String> set = new TreeMap<>();

        @Option(names = "--no-simulation", description = "Do not simulate: the framework as planned, without forecasts.")
        boolean noSimulation;

        /** The fixed params; a value that is not a number is an {@link IllegalArgumentException} (a usage error). */
        Map<String, Double> overrides() {
            Map<String, Double> fixed = new TreeMap<>();
            if (set == null) return fixed;
            for (Map.Entry<String, String> e : set.entrySet()) {
                Double value = SimulateCommand.number(e.getValue());
                if (value == null) throw new IllegalArgumentException("--set " + e.getKey() + ": '" + e.getValue() + "' is not a number");
                fixed.put(e.getKey(), value);
            }
            return fixed;
        }
    }

    /** {@code --format} values as users type them; an unknown one lists the valid ones. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.byId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "' (expected one of: " + String.join(", ", Format.ids()) + ")"));
        }
    }
}
