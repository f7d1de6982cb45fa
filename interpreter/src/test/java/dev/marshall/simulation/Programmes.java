package dev.marshall.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.reference.TreeWalkingEngine;
import dev.marshall.source.SourceFile;
import dev.marshall.truffle.TruffleEngine;
import org.graalvm.polyglot.Engine;
import java.util.Map;
import java.util.stream.Collectors;

/** Test support: tiny programmes from text, simulated by both engines. */
final class Programmes {
    private Programmes() {}

    /** A programme header of {@code horizon} months and a large budget, for tiny test programmes. */
    static String header(int horizon) {
        return """
                programme "Test" {
                  country = "Nowhere"; start = 2027-01; horizon = %d months; currency = EUR
                  budget = 10_000_000 EUR; focus = growth; goal = "test"
                }
                use std.unido
                """.formatted(horizon);
    }

    static Programme compile(String text) {
        Compilation c = Compiler.compile(SourceFile.ofString("test.marshall", text));
        String errors = c.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.span() + ": " + d.code() + " " + d.message()).collect(Collectors.joining("\n"));
        assertFalse(c.hasErrors(), errors);
        return c.programme();
    }

    /** Simulates with the Truffle engine and with the reference tree-walker; they must agree exactly. */
    static SimulationResult simulateBoth(Programme p, SimulationOptions options) throws SimulationException {
        RunOutcomes truffle;
        try (TruffleEngine engine = TruffleEngine.create(p, options.overrides())) {
            truffle = MonteCarlo.run(p, engine, options, ProgressListener.NONE);
        }
        RunOutcomes reference;
        try (TreeWalkingEngine engine = new TreeWalkingEngine(p, options.overrides())) {
            reference = MonteCarlo.run(p, engine, options, ProgressListener.NONE);
        }
        RunOutcomes nodeByNode;
        try (Engine shared = nodeByNodeEngine(); TruffleEngine engine = TruffleEngine.create(p, options.overrides(), shared)) {
            nodeByNode = MonteCarlo.run(p, engine, options, ProgressListener.NONE);
        }
        SimulationResult fromTruffle = Summary.of(p, options, truffle);
        assertEquals(Summary.of(p, options, reference), fromTruffle, "the Truffle engine and the tree-walker disagree");
        assertEquals(Summary.of(p, options, nodeByNode), fromTruffle, "the Truffle engine with and without compiled blocks disagree");
        return fromTruffle;
    }

    /**
     * An engine whose translations are evaluated node by node ({@code marshall.Bytecode=false}): the
     * default compiles blocks and expressions to Java methods on the fallback runtime, and the two
     * must agree exactly.
     */
    static Engine nodeByNodeEngine() {
        return Engine.newBuilder("marshall").option("marshall.Bytecode", "false").build();
    }

    static SimulationResult once(String text) throws SimulationException {
        return simulateBoth(compile(text), new SimulationOptions(1, 1, 1, Map.of()));
    }

    static SimulationResult.IndicatorOutcome indicator(SimulationResult r, String name) {
        return r.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static SimulationResult.MilestoneOutcome milestone(SimulationResult r, String name) {
        return r.milestones().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    static SimulationResult.InterventionOutcome intervention(SimulationResult r, String name) {
        return r.interventions().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** The p50 of an indicator in each of its periods: with one run, its trajectory. */
    static double[] trajectory(SimulationResult r, String indicator) {
        return indicator(r, indicator).periods().stream().mapToDouble(SimulationResult.PeriodOutcome::p50).toArray();
    }
}
