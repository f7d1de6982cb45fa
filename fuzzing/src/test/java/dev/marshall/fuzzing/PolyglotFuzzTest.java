package dev.marshall.fuzzing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.marshall.truffle.TruffleEngine;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the polyglot entry point, as a Java host (or another language) sees a
 * programme: the text is evaluated in a sandboxed context ({@code Context.eval("marshall", …)}), the
 * programme object's {@code diagnostics} are read field by field, {@code check()} is called, and a
 * programme without errors is simulated ({@code simulate({runs: 3, seed: 7})}) and emitted as JSON
 * and IATI.
 *
 * <p>What must hold for any input: the only exception a host may see is a {@link PolyglotException}
 * that is a guest error (a programme with errors, a located runtime error); a host exception, an
 * internal error of the language or anything else is a finding. No input may take more than 10 s.
 * Seeds and kept crash inputs: {@code PolyglotFuzzTestInputs/programmeObjectAnswersHosts/} (docs/testing.md).
 */
class PolyglotFuzzTest {
    /** One engine for every input, as a host shares one; each input gets a fresh sandboxed context on it. */
    private static Engine engine;

    /** Class loading and the engine are paid here, not by the first (timed) input. */
    @BeforeAll
    static void warmUp() throws Exception {
        engine = TruffleEngine.newEngine();
        try (InputStream sialkot = PolyglotFuzzTest.class.getResourceAsStream(
                "PolyglotFuzzTestInputs/programmeObjectAnswersHosts/seeds/sialkot.marshall")) {
            assertNotNull(sialkot, "the seed corpus was not gathered (see fuzzing/pom.xml)");
            assertFalse(answerAsAHostAsks(sialkot.readAllBytes()), "the normative example must check clean");
        }
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) engine.close();
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void programmeObjectAnswersHosts(byte[] input) {
        answerAsAHostAsks(input);
    }

    /** Every question a host asks of the programme object; whether the programme has errors. */
    private static boolean answerAsAHostAsks(byte[] input) {
        // A host hands the language text; a bad byte becomes U+FFFD here, not in the language.
        String text = new String(input, StandardCharsets.UTF_8);
        try (Context context = TruffleEngine.sandboxed(Context.newBuilder("marshall")).engine(engine).build()) {
            Value programme = guest(() -> context.eval(Source.newBuilder("marshall", text, "fuzz.marshall").buildLiteral()));
            if (programme == null) return true;
            boolean errors = readDiagnostics(programme.getMember("diagnostics"));
            Value checked = guest(() -> programme.invokeMember("check"));
            assertTrue(checked != null && checked.hasArrayElements(), "check() must answer the diagnostics");
            if (!errors) {
                guest(() -> programme.invokeMember("simulate", ProxyObject.fromMap(Map.of("runs", 3, "seed", 7))));
                guest(() -> programme.invokeMember("emit", "json").asString());
                guest(() -> programme.invokeMember("emit", "iati").asString());
            }
            return errors;
        }
    }

    /** Each diagnostic has its code, severity, message and place; whether one is an error. */
    private static boolean readDiagnostics(Value diagnostics) {
        assertTrue(diagnostics.hasArrayElements(), "diagnostics must be an array");
        boolean errors = false;
        for (long i = 0; i < diagnostics.getArraySize(); i++) {
            Value d = diagnostics.getArrayElement(i);
            assertNotNull(d.getMember("code").asString());
            assertNotNull(d.getMember("message").asString());
            d.getMember("line").asInt();
            d.getMember("column").asInt();
            errors |= d.getMember("severity").asString().equals("error");
        }
        return errors;
    }

    /**
     * A guest error is an answer (the value is then null); an internal error of the language, a host
     * exception or any other exception is a finding.
     */
    private static <T> T guest(Supplier<T> call) {
        try {
            return call.get();
        } catch (PolyglotException e) {
            if (e.isInternalError() || !e.isGuestException()) fail("not a guest error: " + e, e);
            return null;
        }
    }
}
