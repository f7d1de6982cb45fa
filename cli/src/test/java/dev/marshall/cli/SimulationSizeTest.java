package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulation too large for memory is refused before it starts, with a located
 * diagnostic and advice (E087), instead of dying out of memory and calling it a
 * bug (a horizon of 1200 months with 300 000 runs used to). The sizes here are
 * far beyond any test JVM's heap (tens of GB), so the refusal does not depend on
 * the machine.
 */
class SimulationSizeTest {

    @Test
    void aHugeHorizonTimesRunsIsRefusedBeforeSimulating(@TempDir Path dir) throws Exception {
        StringBuilder states = new StringBuilder();
        for (int i = 0; i < 20; i++) states.append("  state s").append(i).append(" = 0 in 0..100\n");
        Path programme = dir.resolve("long.marshall");
        Files.writeString(programme, """
                programme "Long" {
                  country = "X"; start = 2027-01; horizon = 1200 months; currency = EUR
                  budget = 1_000 EUR; focus = growth; goal = "g"
                }
                use std.unido
                cluster c { firms = 10; replicas = 1_000_000
                %s}
                intervention grow : skills { start = month 1; duration = 1200 months; cost = 0 EUR
                  each month { s0 += 1 } }
                """.formatted(states));
        long started = System.nanoTime();
        CliRun run = CliRun.of("simulate", "--runs", "1000000", "--threads", "64", programme.toString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue(run.err().contains("long.marshall:2:35: error[E087]: 1000000 runs over 1200 months would need about "), run.toString());
        assertTrue(run.err().contains("use fewer runs (e.g. --runs "), run.toString());
        assertTrue(run.err().contains("MARSHALL_JAVA_OPTS=-Xmx"), run.toString());
        assertFalse(run.err().contains("bug"), run.toString());
        assertFalse(run.showsStackTrace());
        assertTrue(seconds < 30, "refused only after " + seconds + " s");
    }
}
