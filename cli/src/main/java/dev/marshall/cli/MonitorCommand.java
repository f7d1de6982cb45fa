package dev.marshall.cli;

import dev.marshall.api.Monitoring;
import dev.marshall.api.Programme;
import dev.marshall.api.SimulationRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall monitor FILE --actuals DATA.csv}: the forecast updated with
 * what happened. The actuals are validated first (located diagnostics in the
 * CSV, exit 1); then the plan's runs are weighted by the actuals and the plan's
 * and the updated probabilities are printed with a status per milestone and
 * indicator.
 */
@Command(name = "monitor", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Update the forecast with monitoring data (actuals): plan P, updated P, p10-p50-p90 and a status.",
        footer = {"", "Exit status: 0 updated; 1 errors in the programme or the actuals, or a",
                "runtime error in its code; 2 usage or I/O error."})
final class MonitorCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Mixin
    private RunOptions run;

    @Option(names = "--actuals", paramLabel = "DATA.csv", required = true,
            description = "The monitoring data: a CSV with date, what, value (and group, note); docs/formats.md.")
    private Path actuals;

    @Option(names = "--as-of", paramLabel = "MONTH",
            description = "The last month the actuals cover (2028-03, or a programme month); default: the last month they report.")
    private String asOf;

    @Mixin
    private TableOutput output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() {
        Io io = marshall.io();
        SimulationRequest request = AnalysisInput.request(run);
        List<Path> inputs = List.of(file, actuals);
        if (!output.writable(inputs, io)) return ExitCodes.USAGE_OR_IO;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            int[] failure = {ExitCodes.OK};
            Programme programme = AnalysisInput.load(api, file, io, failure);
            if (programme == null) return failure[0];
            Monitoring monitoring = AnalysisInput.monitor(programme, actuals, asOf, request, colour.enabled(io, io.errIsTerminal()), io, failure);
            if (monitoring == null) return failure[0];
            return output.write(monitoring::text, monitoring::json, monitoring::csv, inputs, io);
        }
    }
}
