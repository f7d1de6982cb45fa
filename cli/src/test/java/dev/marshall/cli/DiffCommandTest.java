package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marshall diff OLD NEW} on pairs of revisions kept in test resources:
 * v1 → v2 renames a milestone (and the reference to it), changes costs,
 * schedules and a target, adds an intervention and drops a risk; v2 → v3
 * introduces an error (a reference to the milestone's old name); funders v1 → v2
 * (v2 of Rivas with funders) moves a tenth of the development partner's share to
 * the municipality, a funder it adds.
 */
class DiffCommandTest {
    private static final Path DIR = Path.of("src/test/resources/diff");
    private static final String V1 = DIR.resolve("rivas-v1.marshall").toString();
    private static final String V2 = DIR.resolve("rivas-v2.marshall").toString();
    private static final String V3 = DIR.resolve("rivas-v3.marshall").toString();

    @Test
    void aRevisionInEachFormatMatchesItsGolden() throws IOException {
        for (String format : new String[] {"text", "markdown", "json"}) {
            CliRun run = CliRun.of("diff", V1, V2, "--runs", "200", "--seed", "3", "--format", format);
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals("", run.err(), run.toString());
            assertGolden("rivas-v1-v2." + (format.equals("markdown") ? "md" : format.equals("json") ? "json" : "txt"), run.out());
        }
    }

    @Test
    void aFunderShareChangeShowsWhatEachFunderPaysInEachFormat() throws IOException {
        String before = DIR.resolve("funders-v1.marshall").toString();
        String after = DIR.resolve("funders-v2.marshall").toString();
        for (String format : new String[] {"text", "markdown", "json"}) {
            CliRun run = CliRun.of("diff", before, after, "--no-simulate", "--format", format);
            assertEquals(0, run.exitCode(), run.toString());
            assertGolden("funders-v1-v2." + (format.equals("markdown") ? "md" : format.equals("json") ? "json" : "txt"), run.out());
        }
    }

    @Test
    void aRenameIsShownAsARenameAndItsReferencesAreNotChanges() {
        CliRun run = CliRun.of("diff", V1, V2, "--no-simulate");
        assertTrue(run.out().contains("renamed milestone staff_trained → staff_certified"), run.toString());
        assertFalse(run.out().contains("removed milestone"), run.toString());
        assertFalse(run.out().contains("added milestone"), run.toString());
        // working_groups_led only follows the rename (after = staff_certified): not a change
        assertFalse(run.out().contains("working_groups_led"), run.toString());
        // a reworded comment is not a change either
        assertFalse(run.out().contains("intervention membership\n      - ///"), run.toString());
    }

    @Test
    void anIntroducedErrorIsListedAndFailsWithFailOnError() throws IOException {
        CliRun shown = CliRun.of("diff", V2, V3, "--runs", "50");
        assertEquals(0, shown.exitCode(), shown.toString());
        assertGolden("rivas-v2-v3.txt", shown.out());
        CliRun failed = CliRun.of("diff", V2, V3, "--no-simulate", "--fail-on", "error");
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().startsWith("marshall: --fail-on: new error E010: unknown name 'staff_trained'"), failed.toString());
        // the reverse revision resolves it: not a new error, and no new warning
        CliRun fixed = CliRun.of("diff", V3, V2, "--no-simulate", "--fail-on", "error,warning");
        assertEquals(0, fixed.exitCode(), fixed.toString());
        assertTrue(fixed.out().contains("resolved: "), fixed.toString());
    }

    @Test
    void aProbabilityDropBeyondTheThresholdFails() {
        // v2 → v1 shortens aplari_training: P(aplari_capacity met) falls by about 17 points
        CliRun over = CliRun.of("diff", V2, V1, "--runs", "200", "--fail-on", "p-drop=10");
        assertEquals(1, over.exitCode(), over.toString());
        assertTrue(over.err().contains("indicator aplari_capacity: P(target met) fell"), over.toString());
        CliRun under = CliRun.of("diff", V2, V1, "--runs", "200", "--fail-on", "p-drop=30");
        assertEquals(0, under.exitCode(), under.toString());
    }

    @Test
    void aCostRiseBeyondTheThresholdFails() {
        CliRun over = CliRun.of("diff", V1, V2, "--no-simulate", "--fail-on", "cost-rise=5");
        assertEquals(1, over.exitCode(), over.toString());
        assertTrue(over.err().contains("total cost rose 9.8%, 225,000 → 247,000"), over.toString());
        assertEquals(0, CliRun.of("diff", V1, V2, "--no-simulate", "--fail-on", "cost-rise=10").exitCode());
    }

    @Test
    void aFileComparedWithItselfHasNoChanges() {
        CliRun run = CliRun.of("diff", V1, V1, "--runs", "50", "--fail-on", "error,p-drop=0");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith(V1 + " → " + V1 + ": no changes\n"), run.toString());
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        CliRun a = CliRun.of("diff", V1, V2, "--runs", "100", "--format", "json");
        CliRun b = CliRun.of("diff", V1, V2, "--runs", "100", "--format", "json");
        assertEquals(a.out(), b.out());
    }

    /** E220: a file without a programme header is not a revision of a programme. */
    @Test
    void aModuleIsNotARevisionE220() {
        CliRun run = CliRun.of("diff", DIR.resolve("module-only.marshall").toString(), V1);
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("marshall: error[E220]: src/test/resources/diff/module-only.marshall cannot be compared: it has no programme \"Title\" { … } header\n"
                + "  hint: diff compares two revisions of a programme's main file (its modules are compared with it)\n", run.err());
        assertEquals("", run.out());
    }

    /** E221: an unknown condition, refused before any file is read. */
    @Test
    void anUnknownConditionE221() {
        CliRun run = CliRun.of("diff", V1, V2, "--fail-on", "errors");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("marshall: error[E221]: unknown --fail-on condition 'errors'\n"
                + "  hint: did you mean 'error'? the conditions are: error, warning, p-drop=N, cost-rise=N\n", run.err());
        assertEquals("", run.out());
    }

    /** E222: a threshold that is not a number in range, or a number where none is taken. */
    @Test
    void aBadThresholdE222() {
        CliRun run = CliRun.of("diff", V1, V2, "--fail-on", "p-drop=lots");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("marshall: error[E222]: --fail-on 'p-drop=lots': p-drop needs a number from 0 to 100 (percentage points)\n"
                + "  hint: e.g. p-drop=10\n", run.err());
        assertEquals(2, CliRun.of("diff", V1, V2, "--fail-on", "p-drop=150").exitCode());
        assertEquals(2, CliRun.of("diff", V1, V2, "--fail-on", "p-drop").exitCode());
        CliRun number = CliRun.of("diff", V1, V2, "--fail-on", "error=1");
        assertEquals(2, number.exitCode(), number.toString());
        assertTrue(number.err().contains("error takes no number"), number.toString());
    }

    @Test
    void aMissingFileIsOneLineAndExit2() {
        CliRun run = CliRun.of("diff", V1, "no-such.marshall");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("marshall: cannot read 'no-such.marshall': no such file\n", run.err());
        assertFalse(run.showsStackTrace());
    }

    @Test
    void theOutputNeverOverwritesAnInput(@TempDir Path tmp) throws IOException {
        Path copy = tmp.resolve("old.marshall");
        Files.copy(DIR.resolve("rivas-v1.marshall"), copy);
        CliRun run = CliRun.of("diff", copy.toString(), V2, "--no-simulate", "-o", copy.toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(Files.readString(DIR.resolve("rivas-v1.marshall")), Files.readString(copy));
        Path md = tmp.resolve("diff.md");
        assertEquals(0, CliRun.of("diff", V1, V2, "--no-simulate", "--format", "markdown", "-o", md.toString()).exitCode());
        assertTrue(Files.readString(md).startsWith("## Marshall diff: "));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing golden " + golden + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output differs from " + golden);
    }
}
