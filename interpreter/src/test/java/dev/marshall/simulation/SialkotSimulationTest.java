package dev.marshall.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.model.Programme;
import dev.marshall.simulation.SimulationResult.MilestoneOutcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The normative example simulates and its figures make sense, and move the right way with --set. */
class SialkotSimulationTest {
    static final Path SIALKOT = Path.of("../examples/src/test/resources/spec/sialkot.marshall");

    static Programme sialkot() throws Exception {
        Compilation c = Compiler.compile(SIALKOT);
        assertTrue(!c.hasErrors(), () -> c.diagnostics().toString());
        return c.programme();
    }

    static MilestoneOutcome milestone(SimulationResult r, String name) {
        return r.milestones().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void milestonesAreUncertainAndRespondToTrustGain() throws Exception {
        Programme p = sialkot();
        SimulationOptions options = SimulationOptions.of(1000, 7);
        SimulationResult base = Simulator.simulate(p, options);
        assertEquals(1000, base.runs());
        for (String name : new String[] {"quick_win", "group_formed"}) {
            double onTime = milestone(base, name).probabilityOnTime();
            assertTrue(onTime > 0 && onTime < 1, name + " on time with probability " + onTime);
        }
        SimulationResult slow = Simulator.simulate(p, options.withOverrides(Map.of("trust_gain", 0.02)));
        SimulationResult fast = Simulator.simulate(p, options.withOverrides(Map.of("trust_gain", 0.06)));
        for (String name : new String[] {"quick_win", "group_formed"}) {
            double s = milestone(slow, name).probabilityOnTime();
            double f = milestone(fast, name).probabilityOnTime();
            assertTrue(s <= milestone(base, name).probabilityOnTime() && milestone(base, name).probabilityOnTime() <= f,
                    name + ": slow " + s + ", base " + milestone(base, name).probabilityOnTime() + ", fast " + f);
        }
        assertTrue(milestone(fast, "group_formed").probabilityOnTime() > milestone(slow, "group_formed").probabilityOnTime());
    }
}
