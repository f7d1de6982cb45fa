package dev.marshall.simulation;

import static dev.marshall.simulation.Programmes.header;
import static dev.marshall.simulation.Programmes.indicator;
import static dev.marshall.simulation.Programmes.intervention;
import static dev.marshall.simulation.Programmes.milestone;
import static dev.marshall.simulation.Programmes.once;
import static dev.marshall.simulation.Programmes.trajectory;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Semantics with exact, hand-computed trajectories: tiny programmes without
 * randomness, one run, every value known in advance. Each is simulated by the
 * Truffle engine and by the reference tree-walker, which must agree.
 */
class TrajectoryTest {
    private static final double EXACT = 1e-12;

    /**
     * Schedule edge cases: after a milestone never reached; an intervention ending at the horizon.
     * (One waiting for an intervention that ends at the horizon would start past it: the checker rejects that, E041.)
     */
    @Test
    void scheduleEdgeCases() throws Exception {
        SimulationResult r = once(header(6) + """
                cluster c { firms = 10; state level = 0 in 0..100; state other = 0 in 0..100 }
                intervention grow : skills { start = month 2; duration = 5 months; cost = 500 EUR
                  each month { level += 10 } }
                intervention blocked : finance { after = unreachable; duration = 2 months; cost = 200 EUR
                  each month { other += 1 } }
                milestone half "Half way" { due = month 4; when = level >= 30 }
                milestone unreachable "Never" { due = month 5; when = level > 1000 }
                indicator lvl : output { unit = points; baseline = 0; target = 50 by month 6; source = "s"; every = month; value = level }
                indicator oth : output { unit = points; baseline = 0; target = 1 by month 6; source = "s"; every = month; value = other }
                """);
        // grow is active in months 2..6 (its last month is the horizon's)
        assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50}, trajectory(r, "lvl"), EXACT);
        // blocked waits for a milestone never reached: it never runs
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0}, trajectory(r, "oth"), EXACT);
        assertEquals(1.0, indicator(r, "lvl").probabilityTargetMet());
        assertEquals(0.0, indicator(r, "oth").probabilityTargetMet());

        assertEquals(4.0, milestone(r, "half").p50());
        assertEquals(1.0, milestone(r, "half").probabilityOnTime());
        assertNull(milestone(r, "unreachable").p50());
        assertEquals(1.0, milestone(r, "unreachable").probabilityNever());

        assertEquals(2.0, intervention(r, "grow").startP50());
        assertEquals(6.0, intervention(r, "grow").endP50());
        assertEquals(0.0, intervention(r, "blocked").probabilityStarted());
        assertNull(intervention(r, "blocked").startP50());

        // 500 EUR over months 2..6
        double[] spend = r.spend().stream().mapToDouble(SimulationResult.MonthlySpend::p50).toArray();
        assertArrayEquals(new double[] {0, 100, 200, 300, 400, 500}, spend, EXACT);
    }

    /** after an intervention and after a milestone: both start the month after. */
    @Test
    void afterStartsTheMonthAfter() throws Exception {
        SimulationResult r = once(header(10) + """
                cluster c { firms = 10; state a = 0 in 0..100; state b = 0 in 0..100; state d = 0 in 0..100 }
                intervention first : skills { start = month 1; duration = 3 months; cost = 0 EUR; each month { a += 1 } }
                intervention second : skills { after = first; duration = 2 months; cost = 0 EUR; each month { b += 1 } }
                intervention third : finance { after = [second, ready]; duration = 10 months; cost = 1_000 EUR; each month { d += 1 } }
                milestone ready "Ready" { due = month 2; when = a >= 2 }
                indicator av : output { unit = points; baseline = 0; target = 1 by month 10; source = "s"; every = month; value = a }
                indicator bv : output { unit = points; baseline = 0; target = 1 by month 10; source = "s"; every = month; value = b }
                indicator dv : output { unit = points; baseline = 0; target = 1 by month 10; source = "s"; every = month; value = d }
                """);
        assertArrayEquals(new double[] {1, 2, 3, 3, 3, 3, 3, 3, 3, 3}, trajectory(r, "av"), EXACT);
        assertArrayEquals(new double[] {0, 0, 0, 1, 2, 2, 2, 2, 2, 2}, trajectory(r, "bv"), EXACT);
        // ready is reached in month 2, second finishes in month 5: third starts in month 6 and is cut at the horizon
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 1, 2, 3, 4, 5}, trajectory(r, "dv"), EXACT);
        assertEquals(2.0, milestone(r, "ready").p50());
        assertEquals(6.0, intervention(r, "third").startP50());
        assertEquals(10.0, intervention(r, "third").endP50());
        assertEquals(500.0, r.spend().get(9).p50(), EXACT);
    }

    /** States are clamped after every assignment, not at the end of the month; initial values too. */
    @Test
    void clampingAfterEveryAssignment() throws Exception {
        SimulationResult r = once(header(4) + """
                cluster c { firms = 10; state x = 0.9 in 0..1; state y = 0 in 0..1 }
                intervention push : skills { start = month 1; duration = 4 months; cost = 0 EUR
                  each month {
                    x += 0.05
                    y += 0.8
                    y += 0.8
                    y -= 0.5
                    if month == 3 { x -= 2 } else { }
                  } }
                indicator xv : output { unit = points; baseline = 0; target = 1 by month 4; source = "s"; every = month; value = x }
                indicator yv : output { unit = points; baseline = 0; target = 1 by month 4; source = "s"; every = month; value = y }
                """);
        assertArrayEquals(new double[] {0.95, 1.0, 0.0, 0.05}, trajectory(r, "xv"), 1e-12);
        // month 1: 0.8, 1.6 → 1, 0.5; month 2: 1.3 → 1, 1.8 → 1, 0.5; ...
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, trajectory(r, "yv"), 1e-12);
    }

    /**
     * Replicas run in order within a month, each seeing the others' latest
     * values; aggregates visit every replica. n += 1 + count(n >= 2):
     * month 1: 1, 1, 1; month 2: 2, 3, 4; month 3: 6, 7, 8.
     */
    @Test
    void replicasAndAggregates() throws Exception {
        SimulationResult r = once(header(3) + """
                cluster villages { firms = 10; replicas = 3; state n = 0 in 0..100 }
                intervention grow : skills { start = month 1; duration = 3 months; cost = 0 EUR
                  each month { n += 1 + count(villages.n >= 2) } }
                intervention spread : dissemination { start = month 1; duration = 3 months; cost = 0 EUR }
                indicator total : output { unit = points; baseline = 0; target = 21 by month 3; source = "s"; every = month; value = sum(villages.n) }
                indicator average : output { unit = points; baseline = 0; target = 7 by month 3; source = "s"; every = month; value = mean(villages.n) }
                indicator low : output { unit = points; baseline = 0; target = 7 by month 3; source = "s"; every = month; value = min(villages.n) }
                indicator high : output { unit = points; baseline = 0; target = 8 by month 3; source = "s"; every = month; value = max(villages.n) }
                indicator many : output { unit = points; baseline = 0; target = 3 by month 3; source = "s"; every = month; value = count(villages.n >= 3) }
                milestone all_six "All at six" { due = month 3; when = min(villages.n) >= 6 }
                """);
        assertArrayEquals(new double[] {3, 9, 21}, trajectory(r, "total"), EXACT);
        assertArrayEquals(new double[] {1, 3, 7}, trajectory(r, "average"), EXACT);
        assertArrayEquals(new double[] {1, 2, 6}, trajectory(r, "low"), EXACT);
        assertArrayEquals(new double[] {1, 4, 8}, trajectory(r, "high"), EXACT);
        assertArrayEquals(new double[] {0, 2, 3}, trajectory(r, "many"), EXACT);
        assertEquals(1.0, indicator(r, "total").probabilityTargetMet());
        assertEquals(0.0, indicator(r, "low").probabilityTargetMet(), "6 < 7");
        assertEquals(3.0, milestone(r, "all_six").p50());
    }

    /** fns (a user fn and std.unido's converge and share_of), builtins, month, conditionals and params fixed with --set. */
    @Test
    void functionsBuiltinsAndParams() throws Exception {
        String text = header(3) + """
                param rate = 0.5
                cluster c { firms = 200; state s = 10 in 0..1000 }
                intervention grow : skills { start = month 1; duration = 3 months; cost = 0 EUR
                  each month { s += twice(converge(s, 100, rate)) + (if month >= 2 then max(1, abs(-3)) else 0) } }
                indicator sv : output { unit = points; baseline = 0; target = 1 by month 3; source = "s"; every = month; value = s }
                indicator share : output { unit = points; baseline = 0; target = 1 by month 3; source = "s"; every = month
                  value = share_of(s, firms) + clamp(sqrt(4), 0, 1) + logistic(0) + ln(exp(2)) }
                fn twice(x) = 2 * x
                """;
        SimulationResult r = once(text);
        // month 1: 10 + 2·0.5·90 = 100; month 2: 100 + 0 + 3 = 103; month 3: 103 + 2·0.5·(−3) + 3 = 103
        assertArrayEquals(new double[] {100, 103, 103}, trajectory(r, "sv"), EXACT);
        assertArrayEquals(new double[] {0.5 + 1 + 0.5 + 2, 103.0 / 200 + 3.5, 103.0 / 200 + 3.5}, trajectory(r, "share"), EXACT);

        SimulationResult fixed = Programmes.simulateBoth(Programmes.compile(text),
                new SimulationOptions(1, 1, 1, java.util.Map.of("rate", 0.25)));
        // month 1: 10 + 2·0.25·90 = 55; month 2: 55 + 0.5·45 + 3 = 80.5; month 3: 80.5 + 0.5·19.5 + 3 = 93.25
        assertArrayEquals(new double[] {55, 80.5, 93.25}, trajectory(fixed, "sv"), EXACT);
    }

    /** Indicators are recorded at the end of each whole period; milestone order within a month. */
    @Test
    void reportingPeriodsAndMilestoneOrder() throws Exception {
        SimulationResult r = once(header(8) + """
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention count_up : skills { start = month 1; duration = 8 months; cost = 0 EUR; each month { x += 1 } }
                indicator quarterly : output { unit = points; baseline = 0; target = 5 by month 5; source = "s"; every = quarter; value = x * 10 }
                indicator silent : output { unit = points; baseline = 0; target = 5 by month 5; source = "s"; every = quarter }
                milestone first "First" { due = month 3; when = x >= 3 }
                milestone second "Second" { due = month 3; when = first.reached }
                """);
        var quarterly = indicator(r, "quarterly");
        assertEquals(2, quarterly.periods().size(), "months 3 and 6; month 8 ends no whole quarter");
        assertEquals(3, quarterly.periods().get(0).month());
        assertEquals(30.0, quarterly.periods().get(0).p50(), EXACT);
        assertEquals(60.0, quarterly.periods().get(1).p50(), EXACT);
        assertEquals(1.0, quarterly.probabilityTargetMet(), "50 at month 5 meets 5");
        assertEquals(0, indicator(r, "silent").periods().size());
        assertEquals(Double.NaN, indicator(r, "silent").probabilityTargetMet());
        assertEquals(3.0, milestone(r, "first").p50());
        assertEquals(3.0, milestone(r, "second").p50(), "a later milestone sees an earlier one reached in the same month");
    }
    /**
     * Handover: the work goes on under the new lead after the intervention's planned end — from a month, from the
     * month after a milestone, or at once — every month when it continues, in thinning months when it decays
     * (months 1-4, 6-8 and 10 after the handover: the k-th month is worth 2^-(k-1)/12, the block runs when the
     * rounded sum grows). It spends nothing, and the intervention still ends when planned.
     */
    @Test
    void handedOverWorkGoesOnUnderTheNewLead() throws Exception {
        SimulationResult r = once(header(12) + """
                cluster c { firms = 10; state level = 0 in 0..100; state other = 0 in 0..100; state third = 0 in 0..100 }
                actor cda : development_agent
                actor assoc : business_association
                intervention a : skills { lead = cda; start = month 1; duration = 3 months; cost = 300 EUR
                  handover = assoc by month 6
                  each month { level += 1 } }
                intervention b : skills { lead = cda; start = month 1; duration = 2 months
                  handover = assoc; after_handover = decays
                  each month { other += 1 } }
                intervention d : skills { lead = cda; start = month 1; duration = 1 month
                  handover = assoc by ready
                  each month { third += 1 } }
                milestone ready "Ready" { due = month 2; when = level >= 2 }
                indicator lvl : output { unit = points; baseline = 0; target = 10 by month 12; source = "s"; every = month; value = level }
                indicator oth : output { unit = points; baseline = 0; target = 10 by month 12; source = "s"; every = month; value = other }
                indicator thd : output { unit = points; baseline = 0; target = 10 by month 12; source = "s"; every = month; value = third }
                """);
        assertArrayEquals(new double[] {1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10}, trajectory(r, "lvl"), EXACT);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 9, 10}, trajectory(r, "oth"), EXACT);
        assertArrayEquals(new double[] {1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, trajectory(r, "thd"), EXACT);
        assertEquals(3.0, intervention(r, "a").endP50());
        double[] spend = r.spend().stream().mapToDouble(SimulationResult.MonthlySpend::p50).toArray();
        assertArrayEquals(new double[] {100, 200, 300, 300, 300, 300, 300, 300, 300, 300, 300, 300}, spend, EXACT);
    }
}
