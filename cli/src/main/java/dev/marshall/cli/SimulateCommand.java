package dev.marshall.cli;

import dev.marshall.api.DiagnosticReport;
import dev.marshall.api.Forecast;
import dev.marshall.api.ForecastFormat;
import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import dev.marshall.api.SimulationRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall simulate FILE}: Monte Carlo simulation of a programme —
 * when milestones are likely reached and where indicators land. Results go to
 * standard output (or {@code --output}, also spelt {@code --out}); diagnostics, the progress bar and
 * {@code --verbose} notes to standard error.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulate a programme month by month, many runs with sampled uncertainty.",
        footer = {"", "Exit status: 0 simulated; 1 errors in the programme or a runtime error in its",
                "code; 2 usage or I/O error."})
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Mixin
    private RunOptions run;

    @Mixin
    private TableOutput output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() throws MarshallException {
        Io io = marshall.io();
        SimulationRequest request = run.validate();
        if (!output.writable(List.of(file), io)) return ExitCodes.USAGE_OR_IO;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            Programme programme = ProgrammeFiles.loadOrReport(api, file, io);
            if (programme == null) return ExitCodes.USAGE_OR_IO;
            List<Path> inputs = OutputFiles.inputs(file, programme);
            if (!output.writable(inputs, io)) return ExitCodes.USAGE_OR_IO;
            DiagnosticReport findings = DiagnosticReport.of(programme);
            if (findings.errors() > 0) {
                printDiagnostics(io, findings.select(d -> d.isError()));
                return ExitCodes.FINDINGS;
            }
            run.checkNames(programme, request);
            Forecast forecast;
            try {
                forecast = run.simulate(programme, request, io);
            } catch (MarshallException e) {
                printDiagnostics(io, DiagnosticReport.of(programme, e));
                return ExitCodes.FINDINGS;
            }
            String rendered = programme.render(forecast, switch (output.format()) {
                case TEXT -> ForecastFormat.TEXT;
                case JSON -> ForecastFormat.JSON;
                case CSV -> ForecastFormat.CSV;
            });
            return output.write(rendered, inputs, io);
        }
    }

    private void printDiagnostics(Io io, DiagnosticReport report) {
        io.err().print(report.text(colour.enabled(io, io.errIsTerminal())));
        io.err().flush();
    }
}
