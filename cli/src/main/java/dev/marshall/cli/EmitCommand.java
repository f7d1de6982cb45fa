package dev.marshall.cli;

import dev.marshall.api.DiagnosticReport;
import dev.marshall.api.Forecast;
import dev.marshall.api.MarshallException;
import dev.marshall.api.OutputFormat;
import dev.marshall.api.Programme;
import dev.marshall.api.SimulationRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
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
        footer = {"", "Formats:",
                "  logframe-md, logframe-html  the logframe, as Markdown or as an HTML page",
                "  csv                         the logframe as a table",
                "  json                        the whole logframe, for other tools",
                "  iati                        IATI 2.03 activity XML",
                "  sheets-md                   indicator reference sheets",
                "  calendar-csv                the reporting calendar",
                "  xlsx                        the donor workbook: logframe, indicators,",
                "                              workplan, budget (binary: -o FILE or a pipe)",
                "", "Exit status: 0 written; 1 the programme has errors or its simulation failed;", "2 usage or I/O error."})
final class EmitCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "One of: logframe-md, logframe-html, csv, json, iati, sheets-md, calendar-csv, xlsx; any case.")
    private OutputFormat format;

    @Option(names = {"-o", "--out", "--output"}, paramLabel = "PATH",
            description = "Write to this file (replaced atomically; never an input) instead of standard output (-).")
    private Path out;

    @Mixin
    private RunOptions run;

    @Mixin
    private NoSimulation simulation;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() throws MarshallException {
        Io io = marshall.io();
        if (format.binary() && OutputFiles.isStandardOutput(out) && io.outIsTerminal()) {
            // Checked before any work: a zip on a terminal is garbage, and the run would be wasted.
            io.error("--format " + format.id() + " writes a binary file; give -o FILE (or redirect standard output to a file)");
            return ExitCodes.USAGE_OR_IO;
        }
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            Loaded loaded = load(api, file, inputs -> OutputFiles.check(out, inputs, io), run, simulation, colour, io);
            if (loaded.exitCode() != ExitCodes.OK) return loaded.exitCode();
            if (format.binary()) {
                return OutputFiles.write(out, loaded.programme().emitBytes(format, loaded.forecast()), loaded.inputs(), io);
            }
            return OutputFiles.write(out, loaded.programme().emit(format, loaded.forecast()), loaded.inputs(), io);
        }
    }

    /**
     * A programme ready to emit, with its forecast (null under {@code --no-simulation}),
     * or the exit code to stop with (the reason already printed).
     */
    record Loaded(Programme programme, Forecast forecast, List<Path> inputs, int exitCode) {
        static Loaded failed(int exitCode) {
            return new Loaded(null, null, List.of(), exitCode);
        }
    }

    /**
     * What {@code emit} and {@code report} share: check the options (as
     * {@code simulate} does, whether or not there will be a simulation);
     * load; stop on errors (printing them); note warnings in one line;
     * simulate unless told not to. A bad option is a usage error thrown to
     * picocli's handler, as in every command. {@code outputAllowed} checks the
     * output against the inputs (printing why not), once before loading
     * (the programme only) and once before simulating (with its modules).
     */
    static Loaded load(dev.marshall.api.Marshall api, Path file, Predicate<List<Path>> outputAllowed, RunOptions run,
                       NoSimulation choice, ColourOption colour, Io io) {
        SimulationRequest request = run.validate();
        if (!outputAllowed.test(List.of(file))) return Loaded.failed(ExitCodes.USAGE_OR_IO);
        Programme programme = ProgrammeFiles.loadOrReport(api, file, io);
        if (programme == null) return Loaded.failed(ExitCodes.USAGE_OR_IO);
        List<Path> inputs = OutputFiles.inputs(file, programme);
        if (!outputAllowed.test(inputs)) return Loaded.failed(ExitCodes.USAGE_OR_IO);
        DiagnosticReport findings = DiagnosticReport.of(programme);
        if (programme.hasErrors()) {
            io.err().print(findings.text(colour.enabled(io, io.errIsTerminal())));
            io.err().flush();
            return Loaded.failed(ExitCodes.FINDINGS);
        }
        run.checkNames(programme, request);
        if (findings.warnings() > 0) io.error(findings.summary() + " (see 'marshall check " + file + "')");
        Forecast forecast = null;
        if (choice.noSimulation) {
            run.notSimulated(io);
        } else {
            try {
                forecast = run.simulate(programme, request, io);
            } catch (MarshallException e) {
                io.err().print(DiagnosticReport.of(programme, e).text(colour.enabled(io, io.errIsTerminal())));
                io.err().flush();
                return Loaded.failed(ExitCodes.FINDINGS);
            }
        }
        return new Loaded(programme, forecast, inputs, ExitCodes.OK);
    }

    /** {@code --no-simulation}, shared with {@code report}; the other run options are {@link RunOptions}. */
    static final class NoSimulation {
        @Option(names = "--no-simulation", description = "Do not simulate: the framework as planned, without forecasts.")
        boolean noSimulation;
    }

    /** {@code --format} values as users type them, in any case; an unknown one lists the valid ones. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return OutputFormat.byId(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "' (expected one of: " + String.join(", ", OutputFormat.ids()) + ")"));
        }
    }
}
