package dev.marshall.cli;

import dev.marshall.api.MarshallException;
import dev.marshall.api.Reasons;
import dev.marshall.api.Monitoring;
import dev.marshall.api.Programme;
import dev.marshall.api.Report;
import dev.marshall.api.SensitivityAnalysis;
import dev.marshall.api.SimulationRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report --actuals DATA.csv} and {@code report --sensitivity}: the
 * report with its monitoring section and tornado charts, through the
 * embedding API ({@link Report}). The actuals are validated as by
 * {@code monitor}: errors are printed and nothing is written (exit 1).
 */
final class AnalysedReport {
    private AnalysedReport() {}

    static int write(Path folder, Path file, Path actuals, String asOf, boolean sensitivity, RunOptions run, ColourOption colour, Io io) {
        SimulationRequest request = AnalysisInput.request(run);
        Path inTheWay = ReportCommand.fileInTheWay(folder);
        if (inTheWay != null) {
            io.error("cannot write the report into '" + Reasons.oneLine(folder.toString()) + "': " + (inTheWay.equals(folder) ? "it is" : "'" + inTheWay + "' is")
                    + " a file, not a folder");
            return ExitCodes.USAGE_OR_IO;
        }
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            int[] failure = {ExitCodes.OK};
            Programme programme = AnalysisInput.load(api, file, io, failure);
            if (programme == null) return failure[0];
            Report report = Report.of(programme);
            if (actuals != null) {
                Monitoring monitoring = AnalysisInput.monitor(programme, actuals, asOf, request, colour.enabled(io, io.errIsTerminal()), io, failure);
                if (monitoring == null) return failure[0];
                report.monitoring(monitoring);
            }
            try {
                if (actuals == null) report.forecast(programme.simulate(request));
                if (sensitivity) report.sensitivity(SensitivityAnalysis.of(programme, request));
            } catch (IllegalArgumentException e) {
                io.error(e.getMessage());
                return ExitCodes.USAGE_OR_IO;
            } catch (MarshallException e) {
                return AnalysisInput.failed(e, io);
            }
            List<Path> written;
            try {
                written = report.write(folder);
            } catch (IOException e) {
                io.error("cannot write the report into '" + Reasons.oneLine(folder.toString()) + "': " + Reasons.of(e));
                return ExitCodes.USAGE_OR_IO;
            } catch (MarshallException e) {
                return AnalysisInput.failed(e, io);
            }
            io.out().println("wrote " + folder.resolve("index.html") + " and " + (written.size() - 1) + " files beside it");
            io.out().flush();
            return ExitCodes.OK;
        }
    }
}
