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
        return compare(HEADER, before, after);
    }

    private static Revision compare(String header, String before, String after) {
        Compilation a = Compiler.compile(SourceFile.ofString("old.marshall", header + before));
        Compilation b = Compiler.compile(SourceFile.ofString("new.marshall", header + after));
        return RevisionComparison.compare("old.marshall", a, "new.marshall", b, null, null,
                new Revision.Simulation(false, 0, 0, "not asked for"));
    }

    @Test
    void anEditedAssumptionIsAChangeNotARename() {
        String before = TRAINING + "assumption \"Buyers keep ordering from the cluster through 2028\"\n";
        String after = TRAINING + "assumption \"Buyers keep ordering from the cluster through 2029\"\n";
        Revision r = compare(before, after);
        assertEquals(List.of(Change.CHANGED), r.declarations().stream().map(DeclarationChange::change).toList(), DiffText.render(r));
        assertTrue(DiffText.render(r).contains("2029"), DiffText.render(r));
        // a different assumption in its place is one removed and one added
        Revision other = compare(before, TRAINING + "assumption \"The municipality keeps the road to the port open\"\n");
        assertEquals(List.of(Change.ADDED, Change.REMOVED), other.declarations().stream().map(DeclarationChange::change).toList(),
                DiffText.render(other));
    }

    @Test
    void aRevisionWithErrorsNeitherResolvesNorIntroducesApproachWarnings() {
        // The approach checks run only on a programme without errors: the one with an error has none to compare.
        String header = HEADER.replace("\ncluster", "\nuse std.unido\ncluster");
        String broken = TRAINING.replace("after = trusted", "after = nowhere");
        Revision forward = compare(header, TRAINING, broken);
        assertTrue(forward.resolved().isEmpty(), DiffText.render(forward));
        assertEquals(List.of("E010"), forward.introduced().stream().map(d -> d.code()).toList(), DiffText.render(forward));
        Revision back = compare(header, broken, TRAINING);
        assertTrue(back.introduced().isEmpty(), DiffText.render(back));
        assertEquals(List.of("E010"), back.resolved().stream().map(d -> d.code()).toList(), DiffText.render(back));
        // without errors on either side, approach warnings are compared as any other finding
        assertTrue(Compiler.compile(SourceFile.ofString("t.marshall", header + TRAINING)).diagnostics().stream()
                .anyMatch(d -> d.code().startsWith("A")), "the test programme has approach warnings to leave out");
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
        assertEquals(List.of(), r.funding(), "no funders on either side: no funding section");
    }

    private static final String FUNDERS = TRAINING
            + "actor eu : donor { funds = [training, follow_up]; share = 80% }\n"
            + "actor ministry : government_agency { funds = [training, follow_up]; share = 20% }\n";

    @Test
    void aChangedShareMovesWhatEachFunderPaysInAllAndByYear() {
        Revision r = compare(FUNDERS, FUNDERS.replace("share = 80%", "share = 60%").replace("share = 20%", "share = 40%"));
        assertEquals(List.of("eu", "ministry"), r.funding().stream().map(Revision.FundingChange::funder).toList(), DiffText.render(r));
        Revision.FundingChange eu = r.funding().get(0);
        assertEquals(20_000.0, eu.total().before());
        assertEquals(15_000.0, eu.total().after());
        // training (20,000) is spent in year 1, follow_up (5,000) after the milestone due in month 12: year 2
        assertEquals(List.of(new Revision.CostChange("year 1", 16_000.0, 12_000.0), new Revision.CostChange("year 2", 4_000.0, 3_000.0)),
                eu.years());
        assertEquals(5_000.0, r.funding().get(1).total().delta());
        assertTrue(DiffSummary.of(r).endsWith("funding changed for 2 funders"), DiffSummary.of(r));
    }

    @Test
    void anAddedOrRemovedFunderPaysFromOrToNothing() {
        String shared = FUNDERS.replace("share = 80%", "share = 70%")
                + "actor region : local_government { funds = [training, follow_up]; share = 10% }\n";
        Revision added = compare(FUNDERS, shared);
        Revision.FundingChange region = added.funding().stream().filter(f -> "region".equals(f.funder())).findFirst().orElseThrow();
        assertEquals(null, region.total().before());
        assertEquals(2_500.0, region.total().after());
        assertTrue(region.years().stream().allMatch(y -> y.before() == null), DiffText.render(added));
        Revision removed = compare(shared, FUNDERS);
        Revision.FundingChange gone = removed.funding().get(removed.funding().size() - 1);
        assertEquals("region", gone.funder());
        assertEquals(null, gone.total().after());
    }

    @Test
    void aRenamedFunderPayingTheSameIsNoFundingChange() {
        Revision r = compare(FUNDERS, FUNDERS.replace("actor eu ", "actor european_union "));
        assertEquals(List.of(Change.RENAMED), r.declarations().stream().map(DeclarationChange::change).toList(), DiffText.render(r));
        assertEquals(List.of(), r.funding(), DiffText.render(r));
    }
}
