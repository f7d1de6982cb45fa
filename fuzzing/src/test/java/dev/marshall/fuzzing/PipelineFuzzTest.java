package dev.marshall.fuzzing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.emit.ReportWriter;
import dev.marshall.emit.results.ResultCsv;
import dev.marshall.emit.results.ResultJson;
import dev.marshall.emit.results.ResultText;
import dev.marshall.model.Compilation;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.testing.IatiSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.xml.sax.SAXException;

/**
 * Coverage-guided fuzzing of the whole pipeline a user's file goes through: the bytes are decoded
 * as {@code marshall check} decodes a file, compiled, and their diagnostics rendered in every
 * diagnostic format; a programme that checks clean is then simulated (a few runs, on one thread and
 * on two), every emit format and the HTML report are rendered, with and without the simulation.
 *
 * <p>What must hold for any input (issue 8's invariant, the quality bar of every command):
 * <ul>
 *   <li>nothing throws but the documented {@link SimulationException} (a located runtime error);</li>
 *   <li>the IATI file is valid against the 2.03 schema whenever it is emitted;</li>
 *   <li>the same seed gives byte-identical results (text, JSON, CSV) on one thread and on two;</li>
 *   <li>no input takes more than 10 s ({@link Timeout}, which Jazzer also applies while fuzzing).</li>
 * </ul>
 * Seeds and kept crash inputs: {@code PipelineFuzzTestInputs/checkedProgrammeRunsEmitsAndReports/}
 * (docs/testing.md).
 */
class PipelineFuzzTest {
    private static final int RUNS = 3;
    private static final long SEED = 7;

    /** Class loading and the first Truffle engine are paid here, not by the first (timed) input. */
    @BeforeAll
    static void warmUp() throws Exception {
        try (InputStream sialkot = PipelineFuzzTest.class.getResourceAsStream(
                "PipelineFuzzTestInputs/checkedProgrammeRunsEmitsAndReports/seeds/sialkot.marshall")) {
            assertNotNull(sialkot, "the seed corpus was not gathered (see fuzzing/pom.xml)");
            Compilation c = compile(sialkot.readAllBytes());
            assertFalse(c.hasErrors(), "the normative example must check clean");
            checkedCleanMustRun(c);
        }
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void checkedProgrammeRunsEmitsAndReports(byte[] input) throws Exception {
        Compilation c = compile(input);
        renderDiagnostics(c.diagnostics());
        if (c.programme() != null && !c.hasErrors()) checkedCleanMustRun(c);
    }

    private static Compilation compile(byte[] input) {
        return FuzzedFile.compile(FuzzedFile.read(input));
    }

    private static void renderDiagnostics(List<Diagnostic> diagnostics) {
        FuzzedFile.renderDiagnostics(diagnostics);
    }

    private static void checkedCleanMustRun(Compilation c) throws SAXException, IOException {
        Outcome oneThread = simulate(c, 1);
        Outcome twoThreads = simulate(c, 2);
        assertEquals(oneThread.rendered(), twoThreads.rendered(), "same seed, different results on 1 and 2 threads");

        // The documents are a function of the programme and the results just compared (rendering them
        // twice would double the cost of every clean input): with the simulation, and without it (emit as planned).
        report(c, oneThread.result());
        if (oneThread.result().isPresent()) report(c, Optional.empty());
    }

    private record Outcome(Optional<SimulationResult> result, String rendered) {}

    /** A few runs; a located runtime error is an answer, and must be the same on any thread count. */
    private static Outcome simulate(Compilation c, int threads) {
        try {
            SimulationResult result = Simulator.simulate(c.programme(), SimulationOptions.of(RUNS, SEED).withThreads(threads));
            String rendered = ResultText.render(result, c.programme()) + ResultJson.render(result) + ResultCsv.render(result, c.programme());
            return new Outcome(Optional.of(result), rendered);
        } catch (SimulationException located) {
            assertFalse(located.diagnostics().isEmpty(), "a simulation stopped without saying why");
            renderDiagnostics(located.diagnostics());
            return new Outcome(Optional.empty(), new TextRenderer(false).render(List.of(new CheckedFile(FuzzedFile.NAME, located.diagnostics()))));
        }
    }

    /** Every emit format and the HTML report, in memory; the IATI file must be valid. */
    private static void report(Compilation c, Optional<SimulationResult> simulation) throws SAXException, IOException {
        // Every file of the report, the workbook's bytes included.
        Map<String, byte[]> documents = ReportWriter.documents(Framework.of(c.programme(), simulation, c.diagnostics()));
        for (Format format : Format.values()) assertNotNull(documents.get(format.fileName()), format.id());
        IatiSchema.validate(new String(documents.get(Format.IATI.fileName()), java.nio.charset.StandardCharsets.UTF_8));
    }
}
