package dev.marshall.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.model.Compilation;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.source.SourceFile;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The planned schedule the approach checks and the logframe share (language.md §11.3, milestones on their due month). */
class PlannedScheduleTest {
    private static final String HEADER = """
            programme "Test" {
              country = "Nowhere"; start = 2027-01; horizon = 24 months; currency = EUR
              budget = 10_000_000 EUR; focus = growth; goal = "test"
            }
            cluster c { firms = 10; state level = 0 in 0..100 }
            """;

    private static Programme programme(String declarations) {
        Compilation c = Compiler.compile(SourceFile.ofString("plan.marshall", HEADER + declarations));
        return c.programme();
    }

    private static OptionalInt start(Programme p, String name) {
        return PlannedSchedule.of(p).startOf(p.intervention(name).orElseThrow());
    }

    @Test
    void fixedStartAndWaitingForInterventionsAndMilestones() {
        Programme p = programme("""
                intervention diagnostic : skills { start = month 3; duration = 4 months; cost = 400 EUR }
                intervention network : skills { after = diagnostic; duration = 2 months; cost = 200 EUR }
                intervention finance : finance { after = [network, formed]; duration = 1 month; cost = 100 EUR }
                milestone formed "Group formed" { due = month 9; when = level >= 1 }
                """);
        PlannedSchedule plan = PlannedSchedule.of(p);
        Intervention diagnostic = p.intervention("diagnostic").orElseThrow();
        assertEquals(OptionalInt.of(3), plan.startOf(diagnostic));
        assertEquals(OptionalInt.of(6), plan.endOf(diagnostic));
        assertEquals(OptionalInt.of(7), start(p, "network")); // the month after diagnostic's last (6)
        assertEquals(OptionalInt.of(10), start(p, "finance")); // network ends in 8, formed is due in 9
        assertEquals(100.0, plan.spendIn(3));
        assertEquals(100.0, plan.spendIn(6)); // diagnostic only
        assertEquals(100.0, plan.spendIn(7));
        assertEquals(100.0, plan.spendIn(10));
        assertEquals(0.0, plan.spendIn(11));
    }

    /** Neither start nor after is E043, but the model is still read: it starts in month 1, the engine's rule. */
    @Test
    void neitherStartNorAfterStartsInMonthOne() {
        Programme p = programme("""
                intervention loose : skills { duration = 2 months; cost = 200 EUR }
                intervention next : skills { after = loose; duration = 1 month; cost = 100 EUR }
                """);
        assertEquals(OptionalInt.of(1), start(p, "loose"));
        assertEquals(OptionalInt.of(3), start(p, "next"));
    }

    /** Both start and after (also E043): not before start, and not before what it waits for is done. */
    @Test
    void startAndAfterTogetherTakeTheLater() {
        Programme p = programme("""
                intervention first : skills { start = month 1; duration = 6 months; cost = 600 EUR }
                intervention early : skills { start = month 2; after = first; duration = 1 month; cost = 100 EUR }
                intervention late : skills { start = month 12; after = first; duration = 1 month; cost = 100 EUR }
                """);
        assertEquals(OptionalInt.of(7), start(p, "early"));
        assertEquals(OptionalInt.of(12), start(p, "late"));
    }

    @Test
    void aCycleOrAnUnknownNameCannotBePlanned() {
        Programme p = programme("""
                intervention a : skills { after = b; duration = 1 month; cost = 1 EUR }
                intervention b : skills { after = a; duration = 1 month; cost = 1 EUR }
                intervention c2 : skills { after = a; duration = 1 month; cost = 1 EUR }
                """);
        assertTrue(start(p, "a").isEmpty());
        assertTrue(start(p, "b").isEmpty());
        assertTrue(start(p, "c2").isEmpty());
        assertEquals(0.0, PlannedSchedule.of(p).spendIn(1));
    }
}
