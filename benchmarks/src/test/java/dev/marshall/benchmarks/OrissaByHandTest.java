package dev.marshall.benchmarks;

import dev.marshall.run.RunEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Programme;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Summary;
import dev.marshall.simulation.reference.TreeWalkingEngine;
import dev.marshall.truffle.TruffleEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark compares like with like: the hand-written model, the Truffle engine and the tree-walker agree exactly. */
class OrissaByHandTest {

    private static SimulationResult run(Programme p, RunEngine engine, SimulationOptions options) throws Exception {
        try (engine) {
            return Summary.of(p, options, MonteCarlo.run(p, engine, options, ProgressListener.NONE));
        }
    }

    @Test
    void threeEnginesOneResult() throws Exception {
        Programme p = OrissaWorkload.programme(30, 36);
        SimulationOptions options = new SimulationOptions(40, 3, 2, Map.of());
        SimulationResult byHand = run(p, new OrissaByHand(p), options);
        assertEquals(byHand, run(p, TruffleEngine.create(p, Map.of()), options));
        assertEquals(byHand, run(p, new TreeWalkingEngine(p, Map.of()), options));
        double reached = byHand.milestones().get(0).probabilityOnTime();
        assertTrue(reached > 0 && reached < 1, "the milestone is uncertain: " + reached);
    }
}
