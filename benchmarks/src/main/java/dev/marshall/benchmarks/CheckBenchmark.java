package dev.marshall.benchmarks;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.source.SourceFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code marshall check} of a generated programme, warm: the whole front end
 * (parse, build the model, resolve names and units, every check) on text
 * already in memory, as an editor or the language server re-checks a buffer.
 * Target: under 300 ms for 10 000 lines.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar CheckBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss64m"})
public class CheckBenchmark {

    @Param({"10000"})
    public int lines;

    private SourceFile source;

    @Setup(Level.Trial)
    public void generate() {
        source = SourceFile.ofString("generated.marshall", ProgrammeGenerator.generate(lines));
        // Fail loudly rather than time error recovery: the generated programme must be valid.
        Compilation compilation = Compiler.compile(source);
        if (compilation.hasErrors()) {
            throw new IllegalStateException("the generated programme has errors: " + compilation.diagnostics().get(0));
        }
    }

    @Benchmark
    public Compilation check() {
        return Compiler.compile(source);
    }
}
