package dev.marshall.cli;

import dev.marshall.api.Marshall;
import dev.marshall.api.MarshallException;
import dev.marshall.api.Monitoring;
import dev.marshall.api.Reasons;
import dev.marshall.api.Programme;
import dev.marshall.api.SimulationRequest;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@code monitor}, {@code sensitivity} and {@code report} share: the programme loaded
 * through the embedding API (its errors printed, exit 1), the actuals read, the run options as
 * a {@link SimulationRequest}.
 */
final class AnalysisInput {
    private AnalysisInput() {}

    /** The programme, or null after printing why (then {@link #failure} is the exit code). */
    static Programme load(Marshall api, Path file, Io io, int[] failure) {
        Programme programme;
        try {
            programme = api.load(file);
        } catch (IOException e) {
            io.error(ProgrammeFiles.cannotRead(file, Reasons.of(e)));
            failure[0] = ExitCodes.USAGE_OR_IO;
            return null;
        } catch (MarshallException e) {
            io.error(e.getMessage());
            failure[0] = ExitCodes.FINDINGS;
            return null;
        }
        if (programme.hasErrors()) {
            io.err().print(programme.renderDiagnostics());
            io.err().flush();
            failure[0] = ExitCodes.FINDINGS;
            return null;
        }
        return programme;
    }

    /**
     * The actuals read and the programme re-forecast from them ({@code monitor}, {@code report
     * --actuals}), their diagnostics printed; or null after printing why, with the exit code in
     * {@code failure}: the actuals cannot be read, a usage error, a failed simulation, or actuals
     * with errors.
     */
    static Monitoring monitor(Programme programme, Path actuals, String asOf, SimulationRequest request, boolean colour,
                              Io io, int[] failure) {
        Monitoring monitoring;
        try {
            monitoring = Monitoring.of(programme, actuals, asOf, request);
        } catch (IOException e) {
            io.error(ProgrammeFiles.cannotRead(actuals, Reasons.of(e)));
            failure[0] = ExitCodes.USAGE_OR_IO;
            return null;
        } catch (IllegalArgumentException e) {
            io.error(e.getMessage());
            failure[0] = ExitCodes.USAGE_OR_IO;
            return null;
        } catch (MarshallException e) {
            failure[0] = failed(e, io);
            return null;
        }
        io.err().print(monitoring.renderDiagnostics(colour));
        io.err().flush();
        if (monitoring.hasErrors()) {
            failure[0] = ExitCodes.FINDINGS;
            return null;
        }
        return monitoring;
    }

    /** The request of {@code --runs --seed --threads --set}, after their checks. */
    static SimulationRequest request(RunOptions run) {
        return run.validate();
    }

    /** A simulation that failed (a runtime error in the programme's code): its diagnostics, exit 1. */
    static int failed(MarshallException e, Io io) {
        io.err().println(e.diagnostics().isEmpty() ? "marshall: " + e.getMessage() : e.getMessage());
        io.err().flush();
        return ExitCodes.FINDINGS;
    }
}
