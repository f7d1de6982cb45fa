package dev.marshall.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.marshall.emit.results.ResultJson;
import dev.marshall.model.Programme;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same seed gives byte-identical output whatever the number of threads; another seed gives other numbers. */
class DeterminismTest {

    @Test
    void sameSeedSameBytesOnOneAndTwoThreads() throws Exception {
        Programme p = SialkotSimulationTest.sialkot();
        String one = ResultJson.render(Simulator.simulate(p, new SimulationOptions(300, 42, 1, Map.of())));
        String two = ResultJson.render(Simulator.simulate(p, new SimulationOptions(300, 42, 2, Map.of())));
        String four = ResultJson.render(Simulator.simulate(p, new SimulationOptions(300, 42, 4, Map.of())));
        assertEquals(one, two);
        assertEquals(one, four);
        String otherSeed = ResultJson.render(Simulator.simulate(p, new SimulationOptions(300, 43, 2, Map.of())));
        assertNotEquals(one, otherSeed);
    }

    @Test
    void runStreamsDependOnSeedAndRunOnly() {
        assertEquals(RunSeeds.stream(5, 17).nextLong(), RunSeeds.stream(5, 17).nextLong());
        assertNotEquals(RunSeeds.stream(5, 17).nextLong(), RunSeeds.stream(5, 18).nextLong());
        assertNotEquals(RunSeeds.stream(5, 17).nextLong(), RunSeeds.stream(6, 17).nextLong());
    }
}
