package org.example.intake;

import dev.marshall.api.Forecast;
import dev.marshall.api.Marshall;
import dev.marshall.api.OutputFormat;
import dev.marshall.api.Programme;
import dev.marshall.api.SimulationRequest;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/** A donor's intake step: check a proposal, simulate it, file its logframe. */
public final class Intake {
    public static void main(String[] args) throws Exception {
        Path proposal = Path.of(args[0]);
        Path logframe = Path.of(args[1]);
        try (Marshall marshall = Marshall.create()) {
            Programme programme = marshall.load(proposal);
            if (programme.hasErrors()) {
                System.err.print(programme.renderDiagnostics());
                System.exit(1);
            }
            Forecast forecast = programme.simulate(SimulationRequest.runs(500).seed(42));
            try (Writer out = Files.newBufferedWriter(logframe)) {
                programme.emit(OutputFormat.LOGFRAME_MD, forecast, out);
            }
            for (Forecast.Milestone m : forecast.milestones()) {
                System.out.printf("%-28s on time in %3.0f%% of runs%n", m.name(), 100 * m.probabilityOnTime());
            }
        }
    }
}
