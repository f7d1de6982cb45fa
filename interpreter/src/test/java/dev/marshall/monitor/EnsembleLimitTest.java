package dev.marshall.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.marshall.model.Programme;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.sensitivity.Sensitivity;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.testing.DiagnosticLines;
import dev.marshall.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Monitor and sensitivity keep every run's figures, so they take at most
 * {@link Ensemble#MAX_RUNS} runs: above that they are refused with E250
 * before any run, never silently sampled.
 */
class EnsembleLimitTest {

    @Test
    void moreRunsThanKeptAreRefusedWithE250() throws Exception {
        Programme p = MonitorPrograms.pace();
        SimulationOptions tooMany = new SimulationOptions(Ensemble.MAX_RUNS + 1, 1, 2, Map.of());
        SimulationException e = assertThrows(SimulationException.class,
                () -> Ensemble.simulate(p, tooMany, SimulationControl.unlimited(), null));
        Golden.assertMatches(Path.of("src/test/resources/ensemble/E250_too_many_runs_kept.err"), DiagnosticLines.render(e.diagnostics()));

        Actuals none = ActualsReader.read(p, "none.csv", "date,what,value\n2027-03,membership,3\n", null).actuals();
        SimulationException monitor = assertThrows(SimulationException.class,
                () -> Monitor.reforecast(p, none, tooMany, SimulationControl.unlimited(), null));
        assertEquals("E250", monitor.diagnostics().get(0).code());
        SimulationException sensitivity = assertThrows(SimulationException.class,
                () -> Sensitivity.analyse(p, tooMany, SimulationControl.unlimited(), null));
        assertEquals("E250", sensitivity.diagnostics().get(0).code());
    }
}
