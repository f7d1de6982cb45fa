package dev.marshall.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import dev.marshall.Compiler;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.simulation.ProgressListener;
import dev.marshall.simulation.MonteCarlo;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Summary;
import dev.marshall.truffle.bytecode.CompiledExpressionNode;
import dev.marshall.truffle.bytecode.CompiledStatementNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * On the fallback runtime the run's blocks and expressions are compiled to Java methods
 * ({@code dev.marshall.truffle.bytecode}); the figures must be exactly those of the nodes evaluated
 * one by one ({@code marshall.Bytecode=false}). The tree-walker comparisons (EnginesAgreeTest,
 * RuntimeErrorTest) check all three.
 */
class BytecodePassTest {
    private static final Path EXAMPLES = Path.of("../examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".marshall")).sorted().toList();
            assertFalse(all.isEmpty(), "no examples found in " + EXAMPLES.toAbsolutePath());
            return all.stream();
        }
    }

    private static Programme compile(Path file) throws IOException {
        Compilation c = Compiler.compile(file);
        assertFalse(c.hasErrors(), file + " must check clean");
        return c.programme();
    }

    private static boolean optimizing() {
        return TruffleEngine.isOptimizing();
    }

    /** The nodes of the run's call target that are of {@code type}. */
    private static <T extends Node> List<T> nodesOf(Programme p, Engine engine, Class<T> type) throws Exception {
        try (TruffleEngine truffle = TruffleEngine.create(p, Map.of(), engine)) {
            return NodeUtil.findAllNodeInstances(((RootCallTarget) truffle.runTarget()).getRootNode(), type);
        }
    }

    @Test
    void theMonthlyBlocksOfAnExampleAreCompiledUnlessTurnedOff() throws Exception {
        assumeFalse(optimizing(), "the pass runs on the fallback runtime only");
        Programme sialkot = compile(EXAMPLES.resolve("sialkot.marshall"));
        try (Engine defaults = Engine.create("marshall"); Engine off = nodeByNode()) {
            assertFalse(nodesOf(sialkot, defaults, CompiledStatementNode.class).isEmpty(), "no block was compiled");
            assertFalse(nodesOf(sialkot, defaults, CompiledExpressionNode.class).isEmpty(), "no expression was compiled");
            assertTrue(nodesOf(sialkot, off, CompiledStatementNode.class).isEmpty());
            assertTrue(nodesOf(sialkot, off, CompiledExpressionNode.class).isEmpty());
        }
    }

    @Test
    void aBlockTooLargeForOneMethodIsCompiledInParts() throws Exception {
        assumeFalse(optimizing(), "the pass runs on the fallback runtime only");
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 400; i++) block.append("    x += 0.001 * (1 - x) + y / (").append(i + 2).append(" + x)\n");
        Compilation c = Compiler.compile(dev.marshall.source.SourceFile.ofString("large.marshall", """
                programme "Large" {
                  country = "Nowhere"; start = 2027-01; horizon = 12 months; currency = EUR
                  budget = 10_000_000 EUR; focus = growth; goal = "test"
                }
                use std.unido
                cluster c { firms = 10; state x = 0 in 0..100; state y = 1 in 0..100 }
                intervention long : skills { start = month 1; duration = 12 months; cost = 0 EUR
                  each month {
                %s  } }
                indicator level : outcome { unit = firms; baseline = 0; target = 5 by month 12; source = "s"; every = quarter
                  value = c.x }
                """.formatted(block)));
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        Programme p = c.programme();
        SimulationOptions options = new SimulationOptions(5, 3, 1, Map.of());
        try (Engine defaults = Engine.create("marshall"); Engine off = nodeByNode()) {
            assertTrue(nodesOf(p, defaults, CompiledStatementNode.class).size() > 1, "the block was not split into parts");
            assertEquals(simulate(p, options, off), simulate(p, options, defaults));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleGivesTheSameFiguresCompiledAndNodeByNode(Path file) throws Exception {
        Programme p = compile(file);
        SimulationOptions options = new SimulationOptions(150, 20261202L, 2, Map.of());
        try (Engine defaults = Engine.create("marshall"); Engine off = nodeByNode()) {
            assertEquals(simulate(p, options, off), simulate(p, options, defaults), file.toString());
        }
    }

    private static SimulationResult simulate(Programme p, SimulationOptions options, Engine engine) throws Exception {
        try (TruffleEngine truffle = TruffleEngine.create(p, options.overrides(), engine)) {
            return Summary.of(p, options, MonteCarlo.run(p, truffle, options, ProgressListener.NONE));
        }
    }

    private static Engine nodeByNode() {
        return Engine.newBuilder("marshall").option("marshall.Bytecode", "false").build();
    }
}
