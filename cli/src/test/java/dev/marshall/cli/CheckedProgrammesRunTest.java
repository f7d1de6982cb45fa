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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8, §1 and §4 through the real commands: what {@code check} accepts
 * simulates, emits and reports; what could not is refused by {@code check}
 * with a located diagnostic, or stops the run where the value arises, never
 * as an internal error.
 */
class CheckedProgrammesRunTest {
    private static final String HEADER = """
            programme "T" {
              start = 2027-01; horizon = %s; currency = EUR; budget = 1_000 EUR; focus = growth
            }
            use std.unido
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertLocated(CliRun run, String where, String code) {
        assertFalse(run.showsStackTrace(), run.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.toString());
        assertTrue((run.out() + run.err()).contains(where + ": error[" + code + "]"), run.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1 months", "0 months", "1.5 months", "2147483648 months", "4294967308 months", "1e308 months"})
    void aHorizonOutOfRangeIsRefusedByCheckAndBySimulate(String horizon) throws IOException {
        Path p = write("h.marshall", HEADER.formatted(horizon) + "cluster c { firms = 10; state x = 0 in 0..10 }\n");
        assertLocated(CliRun.of("check", "--color=never", p.toString()), p + ":2:30", "E034");
        assertLocated(CliRun.of("simulate", "--runs", "2", p.toString()), p + ":2:30", "E034");
    }

    @Test
    void aDurationDoesNotWrap() throws IOException {
        Path p = write("d.marshall", HEADER.formatted("12 months")
                + "intervention i : skills { start = month 1; duration = 4294967297 months; cost = 1 EUR }\n");
        CliRun run = CliRun.of("check", "--color=never", p.toString());
        assertLocated(run, p + ":5:55", "E034");
        assertTrue(run.out().contains("not 4294967297"), run.toString());
    }

    @Test
    void aMonthIsShownAsWritten() throws IOException {
        Path p = write("m.marshall", HEADER.formatted("12 months")
                + "intervention i : skills { start = month 1e300; duration = 2 months; cost = 1 EUR }\n");
        CliRun run = CliRun.of("check", "--color=never", p.toString());
        assertLocated(run, p + ":5:35", "E034");
        assertFalse(run.out().contains("2147483647"), run.toString());
    }

    @Test
    void aControlCharacterInAStringIsRefusedSoEveryFormatCanCarryTheText() throws IOException {
        Path p = write("c.marshall", HEADER.formatted("12 months").replace("\"T\"", "\"T\u0001\"")
                + "risk \"a \uFFFE b\"\n");
        assertLocated(CliRun.of("check", "--color=never", p.toString()), p + ":1:13", "E004");
        assertLocated(CliRun.of("check", "--color=never", p.toString()), p + ":5:9", "E004");
        CliRun emit = CliRun.of("emit", p.toString(), "--format", "iati", "--no-simulation");
        assertLocated(emit, p + ":1:13", "E004");
    }

    @Test
    void aStartingValueThatIsNotANumberIsReportedWhereItIsEvaluated() throws IOException {
        Path p = write("nan.marshall", HEADER.formatted("12 months") + """
                cluster c { firms = 10; state x = exp(800) - exp(800) in 0..100 }
                intervention i : skills { start = month 1; duration = 2 months; cost = 1 EUR
                  each month { x += 1 } }
                """);
        assertEquals(ExitCodes.OK, CliRun.of("check", "--color=never", p.toString()).exitCode());
        CliRun run = CliRun.of("simulate", "--runs", "3", p.toString());
        assertLocated(run, p + ":5:35", "E086");
        assertFalse(run.err().contains("E085"), run.toString());
    }

    @Test
    void anInfiniteParamOrIndicatorIsARuntimeErrorNotInfinityFirms() throws IOException {
        Path param = write("param.marshall", HEADER.formatted("12 months") + """
                param boom = exp(800)
                cluster c { firms = 10; state x = 1 in 0..100 }
                """);
        assertLocated(CliRun.of("simulate", "--runs", "3", param.toString()), param + ":5:14", "E086");

        Path indicator = write("indicator.marshall", HEADER.formatted("12 months") + """
                cluster c { firms = 10; state x = 1 in 0..100 }
                intervention i : skills { start = month 1; duration = 2 months; cost = 1 EUR
                  each month { x += 1 } }
                indicator k : outcome { for = i; unit = firms; baseline = 0; target = 5 by month 12
                  value = x * exp(month * 100) }
                """);
        for (String format : new String[] {"text", "json"}) {
            CliRun run = CliRun.of("simulate", "--runs", "3", "--format", format, indicator.toString());
            assertLocated(run, indicator + ":9:11", "E086");
            assertTrue(run.err().contains("the value of indicator 'k' is infinite"), run.toString());
            assertFalse(run.out().contains("null") || run.out().contains("Infinity"), run.toString());
        }
    }

    @Test
    void aLongChainOfFnsIsRefusedByCheckWithTheRealReason() throws IOException {
        StringBuilder text = new StringBuilder(HEADER.formatted("12 months")).append("fn g300(x) = x + 1\n");
        for (int i = 299; i >= 0; i--) text.append("fn g").append(i).append("(x) = g").append(i + 1).append("(x)\n");
        text.append("cluster c { firms = 10; state x = 1 in 0..1000 }\n")
                .append("intervention i : skills { start = month 1; duration = 2 months; cost = 1 EUR\n  each month { x = g0(x) } }\n");
        Path p = write("chain.marshall", text.toString());
        CliRun run = CliRun.of("check", "--color=never", p.toString());
        assertTrue(run.out().contains("nest 301 deep") && run.out().contains("limit of 256"), run.toString());
        assertFalse(run.out().contains("must not call themselves"), run.toString());
        assertEquals(ExitCodes.FINDINGS, run.exitCode());
    }

    @Test
    void aChainAtTheLimitSimulates() throws IOException {
        StringBuilder text = new StringBuilder(HEADER.formatted("12 months")).append("fn g255(x) = x + 1\n");
        for (int i = 254; i >= 0; i--) text.append("fn g").append(i).append("(x) = g").append(i + 1).append("(x)\n");
        text.append("cluster c { firms = 10; state x = 1 in 0..1000 }\n")
                .append("intervention i : skills { start = month 1; duration = 2 months; cost = 1 EUR\n  each month { x = g0(x) } }\n");
        Path p = write("chain256.marshall", text.toString());
        CliRun run = CliRun.of("simulate", "--runs", "3", p.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    }

    @Test
    void aDanglingDecimalPointIsLocatedAtTheNumber() throws IOException {
        Path p = write("dot.marshall", HEADER.formatted("12 months") + "param p = 5.\n");
        CliRun run = CliRun.of("check", "--color=never", p.toString());
        assertLocated(run, p + ":5:11", "E005");
        assertFalse(run.out().contains("end of file"), run.toString());
    }

    @Test
    void aBadEscapeInAUsePathIsSaidOnce() throws IOException {
        Path p = write("use.marshall", HEADER.formatted("12 months") + "use \"lib\\q.marshall\"\n");
        CliRun run = CliRun.of("check", "--color=never", p.toString());
        assertEquals(1, run.out().split("error\\[E008\\]", -1).length - 1, run.toString());
    }
}
