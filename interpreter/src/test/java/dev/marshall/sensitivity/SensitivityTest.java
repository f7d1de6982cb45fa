package dev.marshall.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.emit.sensitivity.SensitivityCsv;
import dev.marshall.emit.sensitivity.SensitivityJson;
import dev.marshall.emit.sensitivity.SensitivityText;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationControl;
import dev.marshall.sensitivity.SensitivityResult.Effect;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In a model built so that 'pace' drives the milestones and 'unused' drives nothing, the analysis says so. */
class SensitivityTest {
    private static final Path FOLDER = Path.of("src/test/resources/monitor");

    private static Programme pace() throws java.io.IOException {
        Compilation c = Compiler.compile(FOLDER.resolve("pace.marshall"));
        assertTrue(!c.hasErrors(), c.diagnostics().toString());
        return c.programme();
    }

    private static SensitivityResult analyse(Programme p, int runs, int threads) throws Exception {
        return Sensitivity.analyse(p, new SimulationOptions(runs, 7, threads, Map.of()), SimulationControl.unlimited(), null);
    }

    @Test
    void theDrivingParamRanksFirstAndTheUnusedOneGetsAboutZero() throws Exception {
        SensitivityResult r = analyse(pace(), 1000, 2);
        assertTrue(r.firstOrderComputed());
        Outcome formed = r.outcomes().stream().filter(o -> o.name().equals("group_formed")).findFirst().orElseThrow();
        assertEquals("pace", formed.effects().get(0).param());
        assertTrue(formed.effects().get(0).swing() > 0.3, formed.toString());
        assertTrue(formed.effects().get(0).firstOrder() > 0.2, formed.toString());
        for (Outcome o : r.outcomes()) {
            Effect unused = o.effects().stream().filter(e -> e.param().equals("unused")).findFirst().orElseThrow();
            // Common random numbers: a param no code reads changes no run at all.
            assertEquals(0, unused.swing(), 1e-12, o.toString());
            assertEquals(0, unused.firstOrder(), 0.02, o.toString());
        }
    }

    @Test
    void theFirstOrderIndexOfNoiseIsAboutZeroAndOfTheDriverNearOne() {
        java.util.Random random = new java.util.Random(3);
        int n = 2000;
        double[] x = new double[n];
        double[] noise = new double[n];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            x[r] = random.nextDouble();
            noise[r] = random.nextDouble();
            y[r] = x[r] > 0.5 ? 1 : 0;
        }
        assertEquals(0, FirstOrderIndex.of(noise, y), 0.02);
        assertTrue(FirstOrderIndex.of(x, y) > 0.8);
        assertEquals(Double.NaN, FirstOrderIndex.of(new double[10], new double[10]));
    }

    @Test
    void theSameForAnyThreadCountAndGolden() throws Exception {
        Programme p = pace();
        SensitivityResult one = analyse(p, 300, 1);
        SensitivityResult three = analyse(p, 300, 3);
        assertEquals(one, three);
        Golden.assertMatches(FOLDER.resolve("pace-sensitivity.txt"), SensitivityText.render(one, p));
        Golden.assertMatches(FOLDER.resolve("pace-sensitivity.json"), SensitivityJson.render(one));
        Golden.assertMatches(FOLDER.resolve("pace-sensitivity.csv"), SensitivityCsv.render(one));
    }
}
