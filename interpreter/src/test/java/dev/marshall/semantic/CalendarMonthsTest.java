package dev.marshall.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marshall.Compiler;
import dev.marshall.model.Compilation;
import dev.marshall.source.SourceFile;
import org.junit.jupiter.api.Test;

/** A calendar month where a point in time is expected is the programme month it falls in: the start month is month 1. */
class CalendarMonthsTest {

    @Test
    void startDueAndByTakeCalendarMonths() {
        Compilation c = Compiler.compile(SourceFile.ofString("dates.marshall", """
                programme "T" { start = 2027-01; horizon = 24 months; currency = EUR; budget = 100_000 EUR }
                use std.unido
                actor a : development_agent
                cluster c { firms = 100; state s = 0 in 0..1 }
                intervention j : trust_governance { lead = a; start = 2027-03; duration = 6 months; cost = 1_000 EUR
                  each month { s += 0.1 * (1 - s) } }
                milestone n "N" { due = 2028-06; when = c.s >= 0.5 }
                indicator k : output { unit = firms; baseline = 0; target = 50 by 2028-12; every = quarter; value = c.s * 100; source = "s"; responsible = a }
                """));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        var p = c.programme();
        assertEquals(3, p.interventions().get(0).start());
        assertEquals(18, p.milestones().get(0).due());
        assertEquals(24, p.indicators().get(0).target().byMonth());
    }
}
