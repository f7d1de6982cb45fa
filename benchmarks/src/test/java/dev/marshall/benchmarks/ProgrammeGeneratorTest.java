package dev.marshall.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.source.SourceFile;
import org.junit.jupiter.api.Test;

/** The benchmark's input is what it claims: long enough and free of errors (not timed here). */
class ProgrammeGeneratorTest {

    @Test
    void generatesAValidProgrammeOfTheWantedLength() {
        String text = ProgrammeGenerator.generate(10_000);
        long lines = text.lines().count();
        assertTrue(lines >= 10_000 && lines < 10_100, lines + " lines");
        Compilation compilation = Compiler.compile(SourceFile.ofString("generated.marshall", text));
        assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.isError()), () -> "errors: " + compilation.diagnostics());
    }

    @Test
    void isDeterministic() {
        assertEquals(ProgrammeGenerator.generate(500), ProgrammeGenerator.generate(500));
    }
}
