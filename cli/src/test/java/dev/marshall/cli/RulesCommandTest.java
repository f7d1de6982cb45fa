package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.approach.ApproachRules;
import dev.marshall.diagnostics.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code marshall rules}: the list of approach checks and each one's explanation. */
class RulesCommandTest {
    static final Path GOLDEN = Path.of("src/test/resources/dev/marshall/cli/rules");

    @Test
    void listsEveryRuleWithItsTitle() throws IOException {
        CliRun run = CliRun.of("rules");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("", run.err());
        for (String code : ApproachRules.codes()) {
            assertTrue(run.out().contains(code + "  " + Messages.title(code) + "\n"), code + " missing: " + run);
        }
        assertGolden("list.txt", run.out());
    }

    @Test
    void explainsOneRule() throws IOException {
        CliRun run = CliRun.of("rules", "A05");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("A05  " + Messages.title("A05") + "\n"), run.toString());
        assertTrue(run.out().contains(Messages.explanation("A05")), run.toString());
        assertTrue(run.out().contains("allow A05 "), run.toString());
        assertGolden("A05.txt", run.out());
    }

    @Test
    void everyRuleCanBeExplained() {
        for (String code : ApproachRules.codes()) {
            CliRun run = CliRun.of("rules", code);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.out().contains("Rests on:"), code + ": " + run);
        }
    }

    @Test
    void codesAreCaseInsensitive() {
        CliRun run = CliRun.of("rules", "a13");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("A13  "), run.toString());
    }

    @Test
    void anUnknownCodeSuggestsTheClosestAndExitsTwo() {
        CliRun run = CliRun.of("rules", "A5");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals("marshall: no approach rule 'A5'; did you mean 'A05'?", run.errLines().get(0), run.toString());
        assertTrue(run.errLines().get(1).contains("marshall rules"), run.toString());
    }

    @Test
    void aCodeNothingLikeAnyGetsNoSuggestion() {
        CliRun run = CliRun.of("rules", "Q123456");
        assertEquals(ExitCodes.USAGE_OR_IO, run.exitCode(), run.toString());
        assertEquals("marshall: no approach rule 'Q123456'", run.errLines().get(0), run.toString());
        assertFalse(run.showsStackTrace(), run.toString());
        CliRun empty = CliRun.of("rules", " ");
        assertEquals(ExitCodes.USAGE_OR_IO, empty.exitCode(), empty.toString());
        assertFalse(empty.showsStackTrace(), empty.toString());
    }

    @Test
    void aLanguageCodeGetsItsTitleMessageAndWhereItIsDescribed() {
        CliRun run = CliRun.of("rules", "e010");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("E010  unknown name\n\nMessage: unknown name '…'\n"), run.out());
        assertTrue(run.out().contains(RulesCommand.DIAGNOSTICS_REFERENCE), run.out());
        CliRun hinted = CliRun.of("rules", "W072");
        assertTrue(hinted.out().contains("Hint:    remove it"), hinted.out());
        CliRun typo = CliRun.of("rules", "E10");
        assertEquals(ExitCodes.USAGE_OR_IO, typo.exitCode(), typo.toString());
        assertEquals("marshall: no diagnostic code 'E10'; did you mean 'E010'?", typo.errLines().get(0), typo.toString());
    }

    @Test
    void theReferenceTheLanguageCodesPointToExists() throws IOException {
        String language = Files.readString(Path.of("../docs/language.md"), StandardCharsets.UTF_8);
        assertTrue(language.contains("## 13. Diagnostics reference"), "docs/language.md lost its diagnostics reference");
    }

    @Test
    void helpListsTheRulesCommand() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("rules"), run.toString());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), "missing golden " + golden + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "output differs from " + golden);
    }
}
