package dev.marshall.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.monitor.Reforecast.MilestoneUpdate;
import dev.marshall.run.SimulationControl;
import dev.marshall.simulation.RunOutcomes;
import dev.marshall.simulation.SimulationOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conditioned forecast does what issue 12 asks of it. */
class ReforecastTest {
    private static final int AS_OF = 9;

    private static Reforecast reforecast(Programme p, String csv, SimulationOptions options, RunOutcomes runs) {
        ActualsReader.Result read = ActualsReader.read(p, "actuals.csv", csv, AS_OF);
        assertFalse(read.hasErrors(), read.diagnostics().toString());
        Monitor.Outcome outcome = Monitor.reforecast(p, read.actuals(), options, runs);
        assertNotNull(outcome.reforecast(), outcome.diagnostics().toString());
        return outcome.reforecast();
    }

    /** Actuals from one run of another seed: that run's milestone months fall in the updated p10-p90 in >= 90% of cases. */
    @Test
    void theUpdatedForecastConcentratesAroundTheRunThatHappened() throws Exception {
        Programme p = MonitorPrograms.pace();
        int inside = 0;
        int cases = 0;
        double planWidth = 0;
        double updatedWidth = 0;
        for (int seed = 1; seed <= 30; seed++) {
            RunOutcomes truth = Ensemble.simulate(p, new SimulationOptions(1, 10_000 + seed, 1, Map.of()), SimulationControl.unlimited(), null);
            SimulationOptions options = new SimulationOptions(1000, seed, 2, Map.of());
            RunOutcomes runs = Ensemble.simulate(p, options, SimulationControl.unlimited(), null);
            Reforecast r = reforecast(p, MonitorPrograms.actualsOf(p, truth, 0, AS_OF), options, runs);
            var plan = dev.marshall.simulation.Summary.of(p, options, runs);
            for (Milestone m : p.milestones()) {
                var planned = plan.milestones().get(m.index());
                planWidth += width(planned.p10(), planned.p90(), p.horizon());
                updatedWidth += width(r.milestones().get(m.index()).p10(), r.milestones().get(m.index()).p90(), p.horizon());
                int month = truth.milestoneMonth(m.index(), 0);
                MilestoneUpdate u = r.milestones().get(m.index());
                boolean afterLow = u.p10() == null ? month == 0 : month == 0 || month >= u.p10();
                boolean beforeHigh = u.p90() == null || (month != 0 && month <= u.p90());
                if (afterLow && beforeHigh) inside++;
                cases++;
            }
        }
        assertTrue(inside >= 0.9 * cases, inside + " of " + cases + " inside the updated p10-p90");
        // Concentrates: the updated p10-p90 is clearly narrower than the plan's, on average.
        assertTrue(updatedWidth < 0.75 * planWidth, "updated width " + updatedWidth / cases + " months, plan " + planWidth / cases);
    }

    /** The months from p10 to p90 (never: the month after the horizon). */
    private static double width(Double p10, Double p90, int horizon) {
        return (p90 == null ? horizon + 1 : p90) - (p10 == null ? horizon + 1 : p10);
    }

    /** Actuals at the plan's median (every indicator at its p50, events at their median months): P's move little. */
    @Test
    void actualsAtThePlansMedianBarelyMoveTheProbabilities() throws Exception {
        Programme p = MonitorPrograms.pace();
        SimulationOptions options = new SimulationOptions(2000, 3, 2, Map.of());
        RunOutcomes runs = Ensemble.simulate(p, options, SimulationControl.unlimited(), null);
        var plan = dev.marshall.simulation.Summary.of(p, options, runs);
        StringBuilder csv = new StringBuilder("date,what,value\n");
        for (var i : plan.indicators()) {
            for (var period : i.periods()) {
                if (period.month() > 6) continue;
                csv.append(p.calendarMonth(period.month())).append(',').append(i.name()).append(',').append(period.p50())
                        .append(i.name().equals("exports") ? " EUR" : "").append('\n');
            }
        }
        Reforecast r = reforecast(p, csv.toString(), options, runs);
        for (int k = 0; k < plan.milestones().size(); k++) {
            MilestoneUpdate u = r.milestones().get(k);
            assertEquals(u.planOnTime(), u.updatedOnTime(), 0.10, u.toString());
        }
        for (var u : r.indicators()) assertEquals(u.planTargetMet(), u.updatedTargetMet(), 0.05, u.toString());
    }

    @Test
    void aMilestoneReportedReachedIsDecidedByTheActuals() throws Exception {
        Programme p = MonitorPrograms.pace();
        SimulationOptions options = new SimulationOptions(500, 1, 2, Map.of());
        RunOutcomes runs = Ensemble.simulate(p, options, SimulationControl.unlimited(), null);
        Reforecast r = reforecast(p, "date,what,value\n2027-08,group_formed,reached\n", options, runs);
        MilestoneUpdate u = r.milestones().get(0);
        assertEquals(8, u.reachedIn());
        assertEquals(Reforecast.Status.Word.ON_TRACK, u.status().word());
        assertEquals(8.0, u.p10());
        assertEquals(8.0, u.p90());
        assertEquals(1.0, u.updatedOnTime());
    }

    @Test
    void actualsNoRunComesNearAreRefusedNotDividedByZero() throws Exception {
        Programme p = MonitorPrograms.pace();
        SimulationOptions options = new SimulationOptions(200, 1, 2, Map.of());
        RunOutcomes runs = Ensemble.simulate(p, options, SimulationControl.unlimited(), null);
        ActualsReader.Result read = ActualsReader.read(p, "actuals.csv", "date,what,value\n2027-03,membership,95\n", AS_OF);
        Monitor.Outcome outcome = Monitor.reforecast(p, read.actuals(), options, runs);
        assertNull(outcome.reforecast());
        assertEquals(List.of("E213"), outcome.diagnostics().stream().map(d -> d.code()).toList());
        assertEquals("actuals.csv:2:20", outcome.diagnostics().get(0).span().toString());
    }

    @Test
    void theSameForAnyThreadCount() throws Exception {
        Programme p = MonitorPrograms.pace();
        String csv = "date,what,value\n2027-03,membership,3\n2027-06,membership,7\n";
        SimulationOptions one = new SimulationOptions(300, 5, 1, Map.of());
        SimulationOptions four = new SimulationOptions(300, 5, 4, Map.of());
        Reforecast a = reforecast(p, csv, one, Ensemble.simulate(p, one, SimulationControl.unlimited(), null));
        Reforecast b = reforecast(p, csv, four, Ensemble.simulate(p, four, SimulationControl.unlimited(), null));
        assertEquals(a.milestones(), b.milestones());
        assertEquals(a.indicators(), b.indicators());
        assertEquals(a.effectiveRuns(), b.effectiveRuns());
    }

    /** The three renderings, against goldens (rewrite with -Dgolden.update=true). */
    @Test
    void textJsonAndCsvGoldens() throws Exception {
        Programme p = MonitorPrograms.pace();
        SimulationOptions options = new SimulationOptions(300, 1, 2, Map.of());
        RunOutcomes runs = Ensemble.simulate(p, options, SimulationControl.unlimited(), null);
        String csv = "date,what,value,group,note\n2027-03,membership,3,,survey\n2027-06,membership,6,,survey\n"
                + "2027-08,group_formed,reached,,\n2027-01,organise,started,,\n2027-09,spend,90000 EUR,,\n";
        Reforecast r = reforecast(p, csv, options, runs);
        java.nio.file.Path folder = MonitorPrograms.FOLDER;
        dev.marshall.testing.Golden.assertMatches(folder.resolve("pace-monitor.txt"), dev.marshall.emit.monitoring.ReforecastText.render(r, p));
        dev.marshall.testing.Golden.assertMatches(folder.resolve("pace-monitor.json"), dev.marshall.emit.monitoring.ReforecastJson.render(r));
        dev.marshall.testing.Golden.assertMatches(folder.resolve("pace-monitor.csv"), dev.marshall.emit.monitoring.ReforecastCsv.render(r));
    }
}
