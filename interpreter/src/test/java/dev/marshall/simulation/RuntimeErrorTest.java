package dev.marshall.simulation;

import static dev.marshall.simulation.Programmes.compile;
import static dev.marshall.simulation.Programmes.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Programme;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.reference.TreeWalkingEngine;
import dev.marshall.truffle.TruffleEngine;
import org.graalvm.polyglot.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runtime errors of guest code stop the simulation with a located diagnostic, the same from both engines. */
class RuntimeErrorTest {
    private static final SimulationOptions ONE = new SimulationOptions(3, 1, 2, Map.of());

    private static Diagnostic truffleError(Programme p) {
        SimulationException e = assertThrows(SimulationException.class, () -> Simulator.simulate(p, ONE));
        assertEquals(1, e.diagnostics().size());
        return e.diagnostics().get(0);
    }

    private static Diagnostic referenceError(Programme p) {
        SimulationException e = assertThrows(SimulationException.class, () -> {
            try (TreeWalkingEngine engine = new TreeWalkingEngine(p, Map.of())) {
                MonteCarlo.run(p, engine, ONE, ProgressListener.NONE);
            }
        });
        return e.diagnostics().get(0);
    }

    private static Diagnostic nodeByNodeError(Programme p) {
        SimulationException e = assertThrows(SimulationException.class, () -> {
            try (Engine shared = Programmes.nodeByNodeEngine(); TruffleEngine engine = TruffleEngine.create(p, Map.of(), shared)) {
                MonteCarlo.run(p, engine, ONE, ProgressListener.NONE);
            }
        });
        return e.diagnostics().get(0);
    }

    private static Diagnostic both(Programme p) {
        Diagnostic d = truffleError(p);
        assertEquals(d, referenceError(p), "both engines report the same error");
        assertEquals(d, nodeByNodeError(p), "compiled blocks report the error where the nodes do");
        return d;
    }

    @Test
    void dividingAStateByZeroPointsAtTheAssignment() throws Exception {
        Programme p = compile(header(6) + """
                cluster c { firms = 10; state x = 1 in 0..100 }
                intervention spike : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month { x /= month - 2 } }
                """);
        Diagnostic d = both(p);
        assertEquals("E080", d.code());
        assertEquals("x /= month - 2", d.span().text());
        assertEquals(8, d.span().line());
    }

    @Test
    void aStateThatWouldBecomeUndefinedStopsTheRunAtTheAssignment() throws Exception {
        Programme p = compile(header(6) + """
                cluster c { firms = 10; state x = 1 in 0..100 }
                intervention spike : skills { start = month 3; duration = 4 months; cost = 0 EUR
                  each month { x = exp(800) - exp(800) } }
                """);
        Diagnostic d = both(p);
        assertEquals("E085", d.code());
        assertEquals("x = exp(800) - exp(800)", d.span().text());
    }

    @Test
    void divisionByZeroPointsAtTheDivision() throws Exception {
        Programme p = compile(header(6) + """
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention spike : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month { x += 1 / (month - 2) } }
                """);
        Diagnostic d = both(p);
        assertEquals("E080", d.code());
        assertEquals("division by zero in month 2 of run 1", d.message());
        assertEquals("1 / (month - 2)", d.span().text());
        assertEquals(8, d.span().line());
        assertTrue(d.isError());
        assertTrue(!d.hint().isEmpty());
    }

    @Test
    void impossibleDistributionAndUndefinedLogarithm() throws Exception {
        Diagnostic draw = both(compile(header(6) + """
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention noisy : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month { x += normal(1, 0.5 - month / 4) } }
                """));
        assertEquals("E083", draw.code());
        assertEquals("normal(1, 0.5 - month / 4)", draw.span().text());
        assertTrue(draw.message().startsWith("normal needs a standard deviation of at least 0, got -0.25 in month 3 of run 1"),
                draw.message());

        Diagnostic ln = both(compile(header(6) + """
                cluster c { firms = 10; state x = 3 in -100..100 }
                intervention shrink : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month {
                    x -= 2
                    x += ln(x)
                  } }
                """));
        assertEquals("E082", ln.code());
        assertEquals("ln(x)", ln.span().text());
        assertEquals("ln is undefined for -1 in month 2 of run 1", ln.message());
    }

    @Test
    void aStartingValueErrorSaysSo() throws Exception {
        Diagnostic d = both(compile(header(6) + """
                param low = 2
                param spread = uniform(low, 1)
                cluster c { firms = 10; state x = 0 in 0..100 }
                """));
        assertEquals("E083", d.code());
        assertTrue(d.message().endsWith("while sampling the starting values of run 1"), d.message());
    }

    /** ∞ − ∞ as a starting value is reported at the starting value, not at the first assignment that reads it. */
    @Test
    void aStartingValueThatIsNotANumberIsReportedWhereItIsEvaluated() throws Exception {
        Diagnostic d = both(compile(header(6) + """
                cluster c { firms = 10; state x = exp(800) - exp(800) in 0..100 }
                intervention grow : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month { x += 1 } }
                """));
        assertEquals("E086", d.code());
        assertEquals("exp(800) - exp(800)", d.span().text());
        assertEquals("the starting value of state 'x' is not a number while sampling the starting values of run 1", d.message());
    }

    /** An infinite param or indicator value stops the run, instead of "Infinity firms" or a JSON null in the results. */
    @Test
    void anInfiniteParamOrIndicatorIsARuntimeError() throws Exception {
        Diagnostic param = both(compile(header(6) + """
                param huge = exp(800)
                cluster c { firms = 10; state x = 0 in 0..100 }
                """));
        assertEquals("E086", param.code());
        assertEquals("exp(800)", param.span().text());
        assertEquals("param 'huge' is infinite while sampling the starting values of run 1", param.message());

        Diagnostic property = both(compile(header(6) + """
                cluster c { firms = 10; size = exp(900); state x = 0 in 0..100 }
                """));
        assertEquals("E086", property.code());
        assertEquals("property 'size' of cluster 'c' is infinite while sampling the starting values of run 1", property.message());

        Diagnostic indicator = both(compile(header(6) + """
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention grow : skills { start = month 1; duration = 6 months; cost = 0 EUR
                  each month { x += 1 } }
                indicator reach : outcome { for = grow; unit = firms; baseline = 0; target = 5 by month 6
                  value = x * exp(month * 200) }
                """));
        assertEquals("E086", indicator.code());
        assertEquals("x * exp(month * 200)", indicator.span().text());
        assertTrue(indicator.message().startsWith("the value of indicator 'reach' is infinite in month "), indicator.message());
    }

    /** The checker rejects recursion (E061); a recursive model that reaches the engine anyway stops with E081. */
    /**
     * E084 is the translator's safety net: no programme text reaches it (the checker refuses a text or date param
     * with E020 and a native fn outside the standard library with E019 first), but a model built another way
     * (a host's, a future construct) must be refused before any run, at the place, not fail inside one.
     */
    @Test
    void aPartThatCannotBeEvaluatedIsRefusedBeforeAnyRun() throws Exception {
        Programme p = compile(header(3) + """
                param gain = 0.1
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention i : skills { start = month 1; duration = 3 months; cost = 0 EUR
                  each month { x += gain } }
                """);
        var param = p.params().get(0);
        var textParam = new dev.marshall.model.Param(param.name(), param.index(),
                new Expr.Text("fast", param.value().span()), param.span(), param.nameSpan(), param.doc());
        Programme withText = p.withParams(List.of(textParam));
        Diagnostic d = truffleError(withText);
        assertEquals("E084", d.code());
        assertEquals("text cannot be evaluated in a simulation", d.message());
        assertEquals(param.value().span(), d.span());
    }

    @Test
    void runawayRecursionIsStopped() throws Exception {
        Programme p = compile(header(3) + """
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention loop : skills { start = month 1; duration = 3 months; cost = 0 EUR
                  each month { x += forever(1) } }
                fn forever(n) = n + 1
                """);
        // Make forever call itself: forever(n) = n + forever(n)
        Function f = p.function("forever").orElseThrow();
        Expr.Binary body = (Expr.Binary) f.body();
        Expr.Call self = new Expr.Call("forever", f.index(), List.of(body.left()), body.type(), body.span());
        Expr.Binary recursive = new Expr.Binary(body.op(), body.left(), self, body.type(), body.span());
        List<Function> functions = new ArrayList<>(p.functions());
        functions.set(f.index(), new Function(f.name(), f.index(), f.params(), recursive, false, f.span(), f.nameSpan(), f.doc()));
        Programme recursiveProgramme = p.withFunctions(functions);
        Diagnostic d = both(recursiveProgramme);
        assertEquals("E081", d.code());
        assertTrue(d.message().startsWith("calls of 'forever' nest deeper than 256"), d.message());
    }

    @Test
    void unknownParamInSetIsRefused() throws Exception {
        Programme p = SialkotSimulationTest.sialkot();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulator.simulate(p, ONE.withOverrides(Map.of("trust_gian", 0.1))));
        assertTrue(e.getMessage().contains("no param 'trust_gian'") && e.getMessage().contains("trust_gain"), e.getMessage());
    }
}
