package dev.marshall.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.model.Type;
import dev.marshall.source.SourceFile;
import dev.marshall.testing.DiagnosticLines;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Typing fn calls is polynomial: {@code fn g0(x) = g1(x) + g1(x)} … calls each
 * fn twice per level, so typing every call site again doubled the work with
 * each level (24 levels took 8.7 s, 40 never finished).
 */
class FunctionTypesTest {

    /** {@code levels} fns, each calling the next one twice, and a param that calls the first. */
    static String doublingChain(int levels) {
        StringBuilder text = new StringBuilder("programme \"x\" { start = 2027-01; horizon = 12 months; currency = EUR; budget = 1 EUR }\n");
        for (int i = 0; i < levels; i++) text.append("fn g").append(i).append("(x) = g").append(i + 1).append("(x) + g").append(i + 1).append("(x)\n");
        text.append("fn g").append(levels).append("(x) = x\n");
        text.append("param p = g0(1)\n");
        return text.toString();
    }

    @Test
    void eachFnBodyIsTypedOncePerArgumentUnits() {
        Compilation c = Compiler.compile(SourceFile.ofString("chain.marshall", doublingChain(60)));
        assertEquals("", DiagnosticLines.render(c.diagnostics()));
        FunctionTypes types = new FunctionTypes(c.programme().functions());
        // Beyond 32 nested calls the type is left unknown (as before memoisation): g0 … g32 are typed once each, not 2^32 times.
        assertEquals(Type.UNKNOWN, types.call(0, List.of(Type.NUMBER)));
        assertTrue(types.bodiesTyped() <= 34, "bodies typed: " + types.bodiesTyped());
        int before = types.bodiesTyped();
        types.call(0, List.of(Type.NUMBER));
        assertEquals(before, types.bodiesTyped(), "a second call of the same fn with the same units is remembered");
        assertEquals(Type.DURATION, types.call(59, List.of(Type.DURATION)), "fns stay generic in units");
    }

    @Test
    void aChainWithinTheCutOffIsTyped() {
        Compilation c = Compiler.compile(SourceFile.ofString("chain.marshall", doublingChain(30)));
        assertEquals("", DiagnosticLines.render(c.diagnostics()));
        assertEquals(Type.NUMBER, c.programme().params().get(0).value().type());
        FunctionTypes types = new FunctionTypes(c.programme().functions());
        assertEquals(Type.money("EUR"), types.call(0, List.of(Type.money("EUR"))));
        assertTrue(types.bodiesTyped() <= 31, "bodies typed: " + types.bodiesTyped());
    }

    @Test
    void sixtyDoublingLevelsCheck() {
        // A hang guard only (the time is measured in the benchmarks): before memoisation this never finished.
        Compilation c = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Compiler.compile(SourceFile.ofString("chain.marshall", doublingChain(60))));
        assertEquals("", DiagnosticLines.render(c.diagnostics()));
    }
}
