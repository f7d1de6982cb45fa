package dev.marshall.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.diff.Revision.Change;
import dev.marshall.diff.Revision.DeclarationChange;
import dev.marshall.model.Compilation;
import dev.marshall.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How declarations are paired across revisions: renames, edits, layout, comments, order. */
class RevisionComparisonTest {
    private static final String HEADER = "programme \"T\" { start = 2027-01; horizon = 24 months; currency = EUR; budget = 100_000 EUR }\n"
            + "cluster c { firms = 100; state trust = 0.2 in 0..1 }\n"
            + "actor agent : development_agent\n";

    private static final String TRAINING = """
            /// Training.
            intervention training : trust_governance {
              lead     = agent
              start    = month 1
              duration = 6 months
              cost     = 20_000 EUR
              each month { trust += 0.01 }
            }
            milestone trusted "Trust" { due = month 12; when = trust >= 0.25 }
            intervention follow_up : trust_governance { lead = agent; after = trusted; duration = 3 months; cost = 5_000 EUR }
            """;

    private static Revision compare(String before, String after) {
        Compilation a = Compiler.compile(SourceFile.ofString("old.marshall", HEADER + before));
        Compilation b = Compiler.compile(SourceFile.ofString("new.marshall", HEADER + after));
        return RevisionComparison.compare("old.marshall", a, "new.marshall", b, null, null,
                new Revision.Simulation(false, 0, 0, "not asked for"));
    }

    @Test
    void layoutCommentsAndOrderAreNotChanges() {
        String relaidOut = """
                milestone trusted "Trust" {
                  due  = month 12   // a comment
                  when = trust >= 0.25
                }
                intervention follow_up : trust_governance { lead = agent; after = trusted; duration = 3 months; cost = 5_000 EUR }
                /// Training, reworded.
                intervention training : trust_governance { lead = agent; start = month 1; duration = 6 months
                  cost = 20_000 EUR; each month { trust += 0.01 } }
                """;
        Revision r = compare(TRAINING, relaidOut);
        assertTrue(r.isEmpty(), DiffText.render(r));
    }

    @Test
    void aRenameWithAnEditIsOneRenameAndItsReferencesAreUnchanged() {
        String renamed = TRAINING.replace("trusted", "trust_built").replace("due = month 12", "due = month 14");
        Revision r = compare(TRAINING, renamed);
        assertEquals(List.of(new DeclarationChange(Change.RENAMED, "milestone", "trusted", "trust_built", 12,
                List.of("milestone trust_built \"Trust\" { due = month 12; when = trust >= 0.25 }"),
                List.of("milestone trust_built \"Trust\" { due = month 14; when = trust >= 0.25 }"))), r.declarations());
        assertEquals(1, r.schedules().stream().filter(s -> s.kind().equals("milestone")).count(), DiffText.render(r));
    }

    @Test
    void aDifferentDeclarationOfTheSameKindIsADeleteAndAnAdd() {
        String replaced = TRAINING.replace("milestone trusted \"Trust\" { due = month 12; when = trust >= 0.25 }",
                "milestone trusted \"Trust\" { due = month 12; when = trust >= 0.25 }\n"
                        + "milestone mature \"A mature cluster with its own association and plan\" { due = month 20; when = month >= 20 and trust > 0.9 }");
        Revision r = compare(TRAINING, replaced);
        assertEquals(List.of(Change.ADDED), r.declarations().stream().map(DeclarationChange::change).toList(), DiffText.render(r));
        Revision removed = compare(replaced, TRAINING);
        assertEquals(List.of(Change.REMOVED), removed.declarations().stream().map(DeclarationChange::change).toList());
    }

    @Test
    void costAndSpendByYearFollowTheCosts() {
        Revision r = compare(TRAINING, TRAINING.replace("cost     = 20_000 EUR", "cost     = 26_000 EUR"));
        assertEquals(List.of(new Revision.CostChange("training", 20_000.0, 26_000.0),
                new Revision.CostChange("all interventions", 25_000.0, 31_000.0)), r.budget());
        assertEquals(List.of(new Revision.CostChange("2027", 20_000.0, 26_000.0)), r.years());
        assertEquals("1 changed · cost +6,000", DiffSummary.of(r));
    }
}
