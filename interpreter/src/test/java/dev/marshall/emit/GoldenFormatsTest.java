package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.emit.html.HtmlReport;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format and the report, compared byte for byte with golden files
 * (regenerated only with {@code -Dgolden.update=true}):
 * <ul>
 *   <li>{@code sialkot/}: examples/sialkot.marshall compiled and simulated by the engine, 1000 runs, seed 42;</li>
 *   <li>{@code fixture/}: the hand-built model with a hand-built simulation (every simulated column exercised
 *       independently of the engine's numbers);</li>
 *   <li>{@code fixture-planned/}: the same programme with no {@code each month} and no simulation;</li>
 *   <li>{@code two-clusters/}: programmes/two_clusters.marshall, not simulated: two clusters (one replicated),
 *       a programme-wide outcome, an indicator attached to no result, a donor, special characters in titles;</li>
 *   <li>{@code targets/}: programmes/targets.marshall, 300 runs, seed 5: targets per year, per group with group
 *       baselines, a per-period count and a yes/no indicator;</li>
 *   <li>{@code cost-lines/}: programmes/cost_lines.marshall, simulated (200 runs, seed 5): programme-level cost
 *       lines (monthly and as an amount, with and without a name) funded with shares, and a cost share rising
 *       towards cost recovery.</li>
 * </ul>
 */
class GoldenFormatsTest {
    static final Path SIALKOT = Path.of("../examples/src/test/resources/spec/sialkot.marshall");
    static final SimulationOptions SIALKOT_OPTIONS = SimulationOptions.of(1000, 42);

    static Framework sialkot() throws Exception {
        return simulated(SIALKOT);
    }

    /** A programme compiled and simulated as the sialkot goldens are (1000 runs, seed 42). */
    static Framework simulated(Path programme) throws Exception {
        Compilation c = Compiler.compile(programme);
        if (c.hasErrors()) throw new AssertionError(programme + " has errors: " + c.diagnostics());
        SimulationResult result = Simulator.simulate(c.programme(), SIALKOT_OPTIONS);
        return Framework.of(c.programme(), Optional.of(result), c.diagnostics());
    }

    static final Path TWO_CLUSTERS = Path.of("src/test/resources/dev/marshall/emit/programmes/two_clusters.marshall");

    static Framework twoClusters(boolean simulate) throws Exception {
        Compilation c = Compiler.compile(TWO_CLUSTERS);
        if (c.hasErrors()) throw new AssertionError("two_clusters.marshall has errors: " + c.diagnostics());
        Optional<SimulationResult> result = simulate
                ? Optional.of(Simulator.simulate(c.programme(), SimulationOptions.of(200, 5))) : Optional.empty();
        return Framework.of(c.programme(), result, c.diagnostics());
    }

    static final Path TARGETS = Path.of("src/test/resources/dev/marshall/emit/programmes/targets.marshall");

    @TestFactory
    Stream<DynamicTest> targetsPerYearPerGroupAndYesNo() throws Exception {
        Compilation c = Compiler.compile(TARGETS);
        if (c.hasErrors()) throw new AssertionError("targets.marshall has errors: " + c.diagnostics());
        Framework f = Framework.of(c.programme(), Optional.of(Simulator.simulate(c.programme(), SimulationOptions.of(300, 5))), c.diagnostics());
        return goldens("targets", f);
    }

    static final Path WORDS_AND_NAMES = Path.of("src/test/resources/dev/marshall/emit/programmes/words_and_names.marshall");

    /** Words a programme adds and display names, as planned: they reach every format in place of ids. */
    @TestFactory
    Stream<DynamicTest> wordsAndDisplayNames() throws Exception {
        Compilation c = Compiler.compile(WORDS_AND_NAMES);
        if (c.hasErrors()) throw new AssertionError("words_and_names.marshall has errors: " + c.diagnostics());
        return goldens("words-and-names", Framework.of(c.programme(), Optional.empty(), c.diagnostics()));
    }

    static final Path COST_LINES = Path.of("src/test/resources/dev/marshall/emit/programmes/cost_lines.marshall");

    @TestFactory
    Stream<DynamicTest> costLinesAndARisingShare() throws Exception {
        Compilation c = Compiler.compile(COST_LINES);
        if (c.hasErrors()) throw new AssertionError("cost_lines.marshall has errors: " + c.diagnostics());
        SimulationResult result = Simulator.simulate(c.programme(), SimulationOptions.of(200, 5));
        return goldens("cost-lines", Framework.of(c.programme(), Optional.of(result), c.diagnostics()));
    }

    static Framework fixture() {
        return Framework.of(SialkotFixture.programme(), Optional.of(SialkotFixture.simulation()), List.of());
    }

    static Framework fixturePlanned() {
        return Framework.of(SialkotFixture.withoutDynamics(), Optional.empty(), List.of());
    }

    @TestFactory
    Stream<DynamicTest> sialkotSimulatedByTheEngine() throws Exception {
        return goldens("sialkot", sialkot());
    }

    @TestFactory
    Stream<DynamicTest> fixtureWithHandBuiltSimulation() {
        return goldens("fixture", fixture());
    }

    @TestFactory
    Stream<DynamicTest> fixtureWithoutSimulation() {
        return goldens("fixture-planned", fixturePlanned());
    }

    @TestFactory
    Stream<DynamicTest> twoClustersAsPlanned() throws Exception {
        return goldens("two-clusters", twoClusters(false));
    }

    @Test
    void theSameInputGivesTheSameBytesWhateverTheThreadCount() throws Exception {
        Compilation c = Compiler.compile(SIALKOT);
        SimulationResult one = Simulator.simulate(c.programme(), SimulationOptions.of(200, 7).withThreads(1));
        SimulationResult four = Simulator.simulate(c.programme(), SimulationOptions.of(200, 7).withThreads(4));
        Map<String, byte[]> a = ReportWriter.documents(Framework.of(c.programme(), Optional.of(one), c.diagnostics()));
        Map<String, byte[]> b = ReportWriter.documents(Framework.of(c.programme(), Optional.of(four), c.diagnostics()));
        assertEquals(a.keySet(), b.keySet());
        for (String file : a.keySet()) assertArrayEquals(a.get(file), b.get(file), file);
    }

    private static final Path GOLDENS = Path.of("src/test/resources/dev/marshall/emit/golden");

    private static Stream<DynamicTest> goldens(String folder, Framework framework) {
        Stream<DynamicTest> formats = Stream.of(Format.values()).filter(f -> !f.binary()).map(f -> DynamicTest.dynamicTest(folder + "/" + f.fileName(),
                () -> Golden.assertMatches(GOLDENS.resolve(folder + "/" + f.fileName()), f.emitter().render(framework))));
        // A binary format's golden is its content as text: the workbook's cells, one TSV file per sheet.
        Stream<DynamicTest> binary = Stream.of(Format.values()).filter(Format::binary).flatMap(f -> {
            Map<String, String> sheets = WorkbookDump.sheets(f.emitter().bytes(framework));
            return sheets.entrySet().stream().map(sheet -> DynamicTest.dynamicTest(folder + "/" + f.fileName() + "/" + sheet.getKey(),
                    () -> Golden.assertMatches(GOLDENS.resolve(folder + "/" + f.fileName() + "/" + sheet.getKey() + ".tsv"), sheet.getValue())));
        });
        formats = Stream.concat(formats, binary);
        return Stream.concat(formats, Stream.of(DynamicTest.dynamicTest(folder + "/index.html",
                () -> Golden.assertMatches(GOLDENS.resolve(folder + "/index.html"), new HtmlReport().render(framework)))));
    }
}
