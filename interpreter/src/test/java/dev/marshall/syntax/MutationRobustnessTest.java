package dev.marshall.syntax;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.emit.ReportWriter;
import dev.marshall.emit.results.ResultCsv;
import dev.marshall.emit.results.ResultJson;
import dev.marshall.emit.results.ResultText;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import dev.marshall.testing.IatiSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * A deterministic mutation fuzzer over the examples and the diagnostic cases:
 * insert syntax fragments, delete stretches, splice in pieces of other
 * programmes, then check. Whatever the input, the front end must answer with
 * diagnostics, never an exception. And what checks clean must run: every
 * clean mutant is simulated (a few runs; a located runtime error is an
 * answer), emitted in every format with and without the simulation, and
 * rendered as the whole HTML report, and its IATI must be valid against the
 * 2.03 schema. A failure prints the mutant, ready to become a golden case.
 * (Found the crash on a string the parser invents while recovering, and the
 * unchecked horizons, control characters and non-finite values of issue 8.)
 */
class MutationRobustnessTest {
    private static final int MUTANTS = 3_000;
    private static final String[] FRAGMENTS = {
        "(", ")", "{", "}", "[", "]", ",", ";", "=", "+=", "..", ".", "month", "month 3", "in", "by", "if", "then",
        "else", "not", "and", "\"", "///x\n", "%", "EUR", "0", "-", "*", "/", "each month {", "state s = 0 in 0..1",
        "replicas = 3", "after = ", "sum(", "count(", "x.reached", "use std.unido\n", "native fn q(a)\n",
        "allow A01 \"r\"\n", "\n", "enum e { a b }", "fn f(x) = f(x)", "1e999", "2027-13", "\\q", "\u0000",
        // The classes of issue 8: counts out of range, characters XML cannot carry, non-finite values.
        "1e308", "-1", "4294967297", "1.5", "0", "5.", "exp(800)", "exp(800) - exp(800)", "month 1e300",
        "\u0001", "\u001f", "\ufffe", "\uffff", " months", "2147483648",
    };

    @Test
    void noMutantMakesTheFrontEndThrow() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20271);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            int clean = 0;
            for (int n = 0; n < MUTANTS; n++) {
                String mutant = mutate(seeds, random);
                try {
                    Compilation c = Compiler.compile(SourceFile.ofString("mutant.marshall", mutant));
                    assertNotNull(c.diagnostics());
                    if (c.programme() != null && !c.hasErrors()) {
                        checkedCleanMustRun(c);
                        clean++;
                    }
                } catch (RuntimeException | StackOverflowError | SAXException | IOException e) {
                    fail("mutant " + n + " made the interpreter throw " + e + "\n---- mutant ----\n" + mutant, e);
                }
            }
            assertTrue(clean > 0, "no mutant checked clean: the simulate/emit half of the test ran on nothing");
        });
    }

    /** Hostile values for a number of a valid programme: out of range, fractional, overflowing, undefined. */
    private static final String[] VALUES = {
        "1e308", "-1", "0", "1.5", "4294967297", "2147483648", "1200", "1201", "exp(800)", "exp(800) - exp(800)",
        "(0 - exp(800))", "0.000001", "1e-300", "99999999999",
    };
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_0-9.])[0-9][0-9_]*(\\.[0-9]+)?");
    private static final int VALUE_MUTANTS = 40;

    /**
     * Structural mutants rarely check clean; these do: one or two numbers of an example replaced by a
     * hostile value (or a control character put in a string). Each that checks clean must run.
     */
    @Test
    void everyValueMutantThatChecksCleanRuns() throws IOException {
        List<String> examples = seeds().subList(0, exampleCount());
        Random random = new Random(20272);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            int clean = 0;
            for (int n = 0; n < VALUE_MUTANTS; n++) {
                String mutant = mutateValues(examples.get(random.nextInt(examples.size())), random);
                try {
                    Compilation c = Compiler.compile(SourceFile.ofString("mutant.marshall", mutant));
                    if (c.programme() != null && !c.hasErrors()) {
                        checkedCleanMustRun(c);
                        clean++;
                    }
                } catch (RuntimeException | StackOverflowError | SAXException | IOException e) {
                    fail("value mutant " + n + " made the interpreter throw " + e + "\n---- mutant ----\n" + mutant, e);
                }
            }
            // Otherwise the invariant would hold vacuously.
            assertTrue(clean >= VALUE_MUTANTS / 4, "only " + clean + " of " + VALUE_MUTANTS + " value mutants checked clean");
        });
    }

    private static String mutateValues(String programme, Random random) {
        StringBuilder s = new StringBuilder(programme);
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            if (random.nextInt(8) == 0) {
                int quote = s.indexOf("\"", random.nextInt(s.length()));
                if (quote >= 0) s.insert(quote + 1, (char) (1 + random.nextInt(31)));
                continue;
            }
            Matcher m = NUMBER.matcher(s);
            List<int[]> numbers = new ArrayList<>();
            while (m.find()) numbers.add(new int[] {m.start(), m.end()});
            if (numbers.isEmpty()) break;
            int[] at = numbers.get(random.nextInt(numbers.size()));
            s.replace(at[0], at[1], VALUES[random.nextInt(VALUES.length)]);
        }
        return s.toString();
    }

    private static int exampleCount() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return (int) files.filter(f -> f.toString().endsWith(".marshall")).count();
        }
    }

    /**
     * The invariant of issue 8: a programme that checks clean simulates (or stops with a located
     * runtime diagnostic), emits every format and renders the report, with IATI valid against the schema.
     */
    private static void checkedCleanMustRun(Compilation c) throws SAXException, IOException {
        Optional<SimulationResult> simulation;
        try {
            SimulationResult result = Simulator.simulate(c.programme(), SimulationOptions.of(2, 1));
            assertNotNull(ResultText.render(result, c.programme()));
            assertNotNull(ResultJson.render(result));
            assertNotNull(ResultCsv.render(result, c.programme()));
            simulation = Optional.of(result);
        } catch (SimulationException located) {
            // a located runtime diagnostic is an answer; the framework is still emitted without a simulation
            simulation = Optional.empty();
        }
        for (Optional<SimulationResult> s : simulation.isPresent() ? List.of(simulation, Optional.<SimulationResult>empty()) : List.of(simulation)) {
            Framework framework = Framework.of(c.programme(), s, c.diagnostics());
            for (Format format : Format.values()) {
                byte[] document = format.emitter().bytes(framework);
                if (format == Format.IATI) IatiSchema.validate(new String(document, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertNotNull(ReportWriter.render(framework));
        }
    }

    private static String mutate(List<String> seeds, Random random) {
        StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> s.delete(at, at + Math.min(s.length() - at, random.nextInt(20)));
                default -> {
                    String other = seeds.get(random.nextInt(seeds.size()));
                    if (!other.isEmpty()) {
                        int from = random.nextInt(other.length());
                        s.insert(at, other, from, Math.min(other.length(), from + random.nextInt(80)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Path folder : List.of(Path.of("../examples"), Path.of("src/test/resources/diagnostics"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".marshall")).sorted().toList()) {
                    seeds.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return seeds;
    }
}
