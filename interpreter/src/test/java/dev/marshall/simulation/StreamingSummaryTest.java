package dev.marshall.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.emit.results.ResultJson;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationControl;
import dev.marshall.run.SimulationException;
import dev.marshall.truffle.TruffleEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The streaming summary: exact mode is byte-identical to summarising every
 * run; sketch mode keeps months and shares exact, real values within the
 * sketch's bound, is the same for any thread count, and keeps memory that
 * does not grow with the runs.
 */
class StreamingSummaryTest {

    private static final String RANDOM_WALK = Programmes.header(12) + """
            param step = normal(3, 2)
            cluster c { firms = 10; state level = 0 in -1000..1000 }
            intervention grow : skills { start = month 1; duration = 12 months; cost = 500 EUR
              each month { level += step + normal(0, 4) } }
            milestone half "Half way" { due = month 6; when = level >= 15 }
            indicator lvl : output { unit = points; baseline = 0; target = 30 by month 12; source = "s"; every = month; value = level }
            indicator sq : output { unit = points; baseline = 0; target = 900 by month 12; source = "s"; every = month; value = level * level }
            """;

    @Test
    void exactModeIsWhatSummarisingEveryRunGives() throws Exception {
        Programme p = SialkotSimulationTest.sialkot();
        SimulationOptions options = new SimulationOptions(500, 7, 2, Map.of());
        assertTrue(StreamingSummary.forRuns(p, options).isExact());
        String everyRun;
        try (TruffleEngine engine = TruffleEngine.create(p, Map.of())) {
            everyRun = ResultJson.render(Summary.of(p, options, MonteCarlo.run(p, engine, options, ProgressListener.NONE)));
        }
        assertEquals(everyRun, ResultJson.render(Simulator.simulate(p, options)));
    }

    @Test
    void sketchModeKeepsMonthsExactAndValuesWithinTheBound() throws Exception {
        Programme p = SialkotSimulationTest.sialkot();
        SimulationOptions options = new SimulationOptions(2_000, 7, 2, Map.of());
        SimulationResult exact;
        SimulationResult sketched;
        try (TruffleEngine engine = TruffleEngine.create(p, Map.of())) {
            exact = Summary.of(p, options, MonteCarlo.run(p, engine, options, ProgressListener.NONE));
            StreamingSummary summary = StreamingSummary.forRuns(p, options, false);
            sketched = MonteCarlo.summarise(p, engine, options, ProgressListener.NONE, SimulationControl.unlimited(), summary);
        }
        assertEquals(0, exact.quantileError());
        assertEquals(ValueSketch.RELATIVE_ERROR, sketched.quantileError());
        assertTrue(dev.marshall.emit.results.ResultText.render(sketched, p).contains(
                "\nIndicator and spend quantiles are streamed: within 0.098% of the exact values; months and shares are exact\n"));
        assertTrue(ResultJson.render(sketched).contains("\"quantileError\": 0.0009765625,"), ResultJson.render(sketched));
        assertFalse(ResultJson.render(exact).contains("quantileError"));
        assertEquals(exact.milestones(), sketched.milestones());
        assertEquals(exact.interventions(), sketched.interventions());
        for (int i = 0; i < exact.indicators().size(); i++) {
            SimulationResult.IndicatorOutcome e = exact.indicators().get(i);
            SimulationResult.IndicatorOutcome s = sketched.indicators().get(i);
            assertEquals(e.probabilityTargetMet(), s.probabilityTargetMet(), e.name());
            for (int k = 0; k < e.periods().size(); k++) {
                SimulationResult.PeriodOutcome pe = e.periods().get(k);
                SimulationResult.PeriodOutcome ps = s.periods().get(k);
                close(pe.p10(), ps.p10(), e.name());
                close(pe.p50(), ps.p50(), e.name());
                close(pe.p90(), ps.p90(), e.name());
            }
        }
        for (int m = 0; m < exact.spend().size(); m++) {
            close(exact.spend().get(m).p10(), sketched.spend().get(m).p10(), "spend");
            close(exact.spend().get(m).p50(), sketched.spend().get(m).p50(), "spend");
            close(exact.spend().get(m).p90(), sketched.spend().get(m).p90(), "spend");
        }
    }

    @Test
    void sketchModeIsTheSameForAnyThreadCount() throws Exception {
        Programme p = Programmes.compile(RANDOM_WALK);
        List<String> outputs = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2, 3}) {
            SimulationOptions options = new SimulationOptions(3_000, 5, threads, Map.of());
            outputs.add(ResultJson.render(sketched(p, options).result));
        }
        assertEquals(outputs.get(0), outputs.get(1));
        assertEquals(outputs.get(0), outputs.get(2));
    }

    /** What the summary keeps at 10^4 and 10^5 runs: bounded by the programme, not the run count. */
    @Test
    void retainedMemoryDoesNotGrowWithTheRuns() throws Exception {
        Programme p = Programmes.compile(RANDOM_WALK);
        // One worker: with two, how many runs each gets depends on the machine's load, and so does the sum of their
        // sketches' buckets (the merged result does not); the bound below holds for any number of workers.
        Sketched small = sketched(p, new SimulationOptions(10_000, 1, 1, Map.of()));
        Sketched large = sketched(p, new SimulationOptions(100_000, 1, 1, Map.of()));
        assertFalse(small.summary.isExact());
        long atSmall = small.summary.retainedValues();
        long atLarge = large.summary.retainedValues();
        String kept = "kept " + atSmall + " values at 10^4 runs, " + atLarge + " at 10^5";
        // A bound of the programme alone: 36 real quantities' sketches and 3 month histograms, on each of 2 workers and the merge.
        long bound = 3 * (36L * ValueSketch.MAX_BUCKETS + 3 * 13 + 2);
        assertTrue(atLarge <= bound, kept + " (bound " + bound + ")");
        // Ten times the runs, not ten times the memory: only the tails of the distributions fill in.
        assertTrue(atLarge < 3 * atSmall, kept);
        // Exact mode at the same count keeps them all.
        assertEquals(100_000L * 36, StreamingSummary.forRuns(p, new SimulationOptions(100_000, 1, 2, Map.of()), true)
                .retainedValues());
    }

    private record Sketched(StreamingSummary summary, SimulationResult result) {}

    private static Sketched sketched(Programme p, SimulationOptions options) throws SimulationException {
        try (TruffleEngine engine = TruffleEngine.create(p, Map.of())) {
            StreamingSummary summary = StreamingSummary.forRuns(p, options, false);
            SimulationResult r = MonteCarlo.summarise(p, engine, options, ProgressListener.NONE, SimulationControl.unlimited(), summary);
            return new Sketched(summary, r);
        }
    }

    private static void close(double exact, double sketched, String what) {
        assertTrue(Math.abs(sketched - exact) <= ValueSketch.RELATIVE_ERROR * Math.abs(exact),
                what + ": " + sketched + " vs exact " + exact);
    }
}
