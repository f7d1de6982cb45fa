package dev.marshall.simulation;

import dev.marshall.emit.results.ResultCsv;
import dev.marshall.emit.results.ResultJson;
import dev.marshall.emit.results.ResultText;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationException;
import dev.marshall.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three renderings of sialkot's simulation (200 runs, seed 1, fixed
 * trust_gain) against golden files; rewrite them with -Dgolden.update=true.
 */
class OutputGoldenTest {
    private static final Path FOLDER = Path.of("src/test/resources/simulation");

    private static SimulationResult result(Programme p) throws SimulationException {
        return Simulator.simulate(p, new SimulationOptions(200, 1, 2, Map.of("trust_gain", 0.04)));
    }

    @Test
    void textJsonAndCsv() throws Exception {
        Programme p = SialkotSimulationTest.sialkot();
        SimulationResult r = result(p);
        Golden.assertMatches(FOLDER.resolve("sialkot.txt"), ResultText.render(r, p));
        Golden.assertMatches(FOLDER.resolve("sialkot.json"), ResultJson.render(r));
        Golden.assertMatches(FOLDER.resolve("sialkot.csv"), ResultCsv.render(r, p));
    }
}
