package dev.marshall.cli;

import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import dev.marshall.api.SensitivityAnalysis;
import dev.marshall.api.SimulationRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall sensitivity FILE}: for each param, its effect on each
 * milestone's P(on time) and each indicator's P(target met) — one at a time
 * at its p10 and p90 with common random numbers, and its first-order index.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Which param moves which milestone and indicator: one at a time at p10 and p90, and first-order indices.",
        footer = {"", "Exit status: 0 done; 1 errors in the programme or a runtime error in its code;",
                "2 usage or I/O error."})
final class SensitivityCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private RunOptions run;

    @Mixin
    private TableOutput output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() {
        Io io = marshall.io();
        SimulationRequest request = AnalysisInput.request(run);
        List<Path> inputs = List.of(file);
        if (!output.writable(inputs, io)) return ExitCodes.USAGE_OR_IO;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            int[] failure = {ExitCodes.OK};
            Programme programme = AnalysisInput.load(api, file, io, failure);
            if (programme == null) return failure[0];
            SensitivityAnalysis analysis;
            try {
                analysis = SensitivityAnalysis.of(programme, request);
            } catch (IllegalArgumentException e) {
                io.error(e.getMessage());
                return ExitCodes.USAGE_OR_IO;
            } catch (MarshallException e) {
                return AnalysisInput.failed(e, io);
            }
            return output.write(analysis::text, analysis::json, analysis::csv, inputs, io);
        }
    }
}
