package dev.marshall.syntax;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A deterministic mutation fuzzer over the examples and the diagnostic cases:
 * insert syntax fragments, delete stretches, splice in pieces of other
 * programmes, then check and (when the mutant is valid) simulate a few runs.
 * Whatever the input, the front end must answer with diagnostics, never an
 * exception. A failure prints the mutant, ready to become a golden case.
 * (Found the crash on a string the parser invents while recovering.)
 */
class MutationRobustnessTest {
    private static final int MUTANTS = 3_000;
    private static final String[] FRAGMENTS = {
        "(", ")", "{", "}", "[", "]", ",", ";", "=", "+=", "..", ".", "month", "month 3", "in", "by", "if", "then",
        "else", "not", "and", "\"", "///x\n", "%", "EUR", "0", "-", "*", "/", "each month {", "state s = 0 in 0..1",
        "replicas = 3", "after = ", "sum(", "count(", "x.reached", "use std.unido\n", "native fn q(a)\n",
        "allow A01 \"r\"\n", "\n", "enum e { a b }", "fn f(x) = f(x)", "1e999", "2027-13", "\\q", "\u0000",
    };

    @Test
    void noMutantMakesTheFrontEndThrow() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20271);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int n = 0; n < MUTANTS; n++) {
                String mutant = mutate(seeds, random);
                try {
                    Compilation c = Compiler.compile(SourceFile.ofString("mutant.marshall", mutant));
                    assertNotNull(c.diagnostics());
                    if (c.programme() != null && !c.hasErrors() && n % 10 == 0) {
                        Simulator.simulate(c.programme(), SimulationOptions.of(2, 1));
                    }
                } catch (SimulationException expected) {
                    // a located runtime diagnostic: an answer, not a crash
                } catch (RuntimeException | StackOverflowError e) {
                    fail("mutant " + n + " made the interpreter throw " + e + "\n---- mutant ----\n" + mutant, e);
                }
            }
        });
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
