package dev.marshall.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.emit.results.ResultJson;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import dev.marshall.truffle.MarshallContext;
import dev.marshall.truffle.TruffleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Context.eval("marshall", …)}: the programme object other languages and Java hosts see. */
class PolyglotContractTest {
    private static final String PROGRAMME = """
            programme "Test" {
              country = "Nowhere"; start = 2027-01; horizon = 12 months; currency = EUR
              budget = 10_000_000 EUR; focus = growth; goal = "test"
            }
            use std.unido
            param uptake = uniform(0.1, 0.3)
            cluster c { firms = 10; state x = 0 in 0..100 }
            intervention grow : skills { start = month 1; duration = 6 months; cost = 1000 EUR
              each month { x += uptake * 10 } }
            milestone half { when = c.x >= 5; due = month 6 }
            """;
    private Context context;

    @BeforeEach
    void open() {
        context = TruffleEngine.sandboxed(Context.newBuilder("marshall"))
                .option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value eval(String text) {
        return context.eval(Source.newBuilder("marshall", text, "x.marshall").buildLiteral());
    }

    @Test
    void aCleanProgrammeHasItsDeclarationsAndNoErrors() {
        Value p = eval(PROGRAMME);
        assertTrue(p.hasMembers());
        assertEquals("Test", p.getMember("title").asString());
        assertEquals("param", p.getMember("uptake").getMember("kind").asString());
        assertEquals(6, p.getMember("uptake").getMember("line").asInt());
        assertEquals("intervention", p.getMember("grow").getMember("kind").asString());
        assertTrue(p.getMemberKeys().containsAll(java.util.List.of("diagnostics", "check", "simulate", "emit", "half")));
        Value diagnostics = p.getMember("diagnostics");
        assertTrue(diagnostics.hasArrayElements());
        for (long i = 0; i < diagnostics.getArraySize(); i++) {
            assertFalse(diagnostics.getArrayElement(i).getMember("severity").asString().equals("error"));
        }
        assertEquals(diagnostics.getArraySize(), p.invokeMember("check").getArraySize());
    }

    @Test
    void diagnosticsHaveCodeSeverityMessageAndPlace() {
        Value p = eval(PROGRAMME.replace("firms = 10", "firms = nope"));
        Value d = p.getMember("diagnostics").getArrayElement(0);
        assertEquals("error", d.getMember("severity").asString());
        assertTrue(d.getMember("code").asString().startsWith("E"));
        assertFalse(d.getMember("message").asString().isEmpty());
        assertEquals(7, d.getMember("line").asInt());
        assertTrue(d.getMember("column").asInt() > 0);
        PolyglotException e = assertThrows(PolyglotException.class, () -> p.invokeMember("simulate"));
        assertTrue(e.isGuestException());
        assertTrue(e.getMessage().startsWith("the programme has errors; the first: x.marshall:7:"), e.getMessage());
    }

    @Test
    void simulateGivesWhatTheSimulatorGives() throws Exception {
        Value p = eval(PROGRAMME);
        Value forecast = p.invokeMember("simulate", ProxyObject.fromMap(Map.of("runs", 200, "seed", 7)));
        assertEquals(200, forecast.getMember("runs").asInt());
        assertEquals("half", forecast.getMember("milestones").getArrayElement(0).getMember("name").asString());
        var model = Compiler.compile(SourceFile.ofString("x.marshall", PROGRAMME)).programme();
        String expected = ResultJson.render(Simulator.simulate(model, new SimulationOptions(200, 7, 3, Map.of())));
        assertEquals(expected, forecast.getMember("json").asString());
        assertEquals(1000, p.invokeMember("simulate").getMember("runs").asInt());
    }

    @Test
    void emitWritesAnyFormat() {
        Value p = eval(PROGRAMME);
        String planned = p.invokeMember("emit", "logframe-md").asString();
        assertTrue(planned.startsWith("#"), planned);
        String forecast = p.invokeMember("emit", "json", ProxyObject.fromMap(Map.of("runs", 50))).asString();
        assertTrue(forecast.contains("\"half\""), forecast);
        PolyglotException e = assertThrows(PolyglotException.class, () -> p.invokeMember("emit", "pdf"));
        assertTrue(e.getMessage().startsWith("unknown format 'pdf'"), e.getMessage());
    }

    @Test
    void theSandboxGrantsNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        context.initialize("marshall");
        context.enter();
        try {
            var env = MarshallContext.get(null).env();
            assertFalse(env.isHostLookupAllowed());
            assertFalse(env.isCreateThreadAllowed());
            assertFalse(env.isCreateProcessAllowed());
            assertFalse(env.isNativeAccessAllowed());
            assertTrue(env.getEnvironment().isEmpty());
            assertThrows(SecurityException.class, () -> env.getPublicTruffleFile(secret.toString()).readAllBytes());
        } finally {
            context.leave();
        }
        // use "path" reads no file in a polyglot eval: there is no folder to read from.
        Value p = eval(PROGRAMME + "use \"" + secret + "\"\n");
        StringBuilder codes = new StringBuilder();
        Value diagnostics = p.getMember("diagnostics");
        for (long i = 0; i < diagnostics.getArraySize(); i++) codes.append(diagnostics.getArrayElement(i).getMember("code").asString()).append(' ');
        assertEquals("E015 ", codes.toString());
    }
}
