package dev.marshall.cli;

import dev.marshall.model.Compilation;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.model.Programme;
import dev.marshall.emit.results.ResultCsv;
import dev.marshall.emit.results.ResultJson;
import dev.marshall.emit.results.ResultText;
import dev.marshall.run.SimulationException;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall simulate FILE}: Monte Carlo simulation of a programme —
 * when milestones are likely reached and where indicators land. Results go to
 * standard output (or {@code --output}, also spelt {@code --out}); diagnostics, the progress bar and
 * {@code --verbose} notes to standard error.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulate a programme month by month, many runs with sampled uncertainty.",
        footer = {"", "Exit status: 0 simulated; 1 errors in the programme or a runtime error in its",
                "code; 2 usage or I/O error."})
final class SimulateCommand implements Callable<Integer> {

    /** Output formats of the result. */
    enum Format {
        TEXT, JSON, CSV;

        @Override
        public String toString() {
            return EnumWords.word(this);
        }

        static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                return EnumWords.parse(Format.class, value);
            }
        }
    }

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Mixin
    private RunOptions run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "Output: text (a table), json or csv (docs/cli.md); any case.")
    private Format format;

    @Option(names = {"-o", "--output", "--out"}, paramLabel = "PATH",
            description = "Write the result to this file (replaced atomically; never an input) instead of standard output (-).")
    private Path output;

    @Parameters(index = "0", paramLabel = "FILE", description = "The programme (.marshall).")
    private Path file;

    @Override
    public Integer call() {
        Io io = marshall.io();
        SimulationOptions options = run.validate();
        if (!OutputFiles.check(output, List.of(file), io)) return ExitCodes.USAGE_OR_IO;
        Compilation compilation = ProgrammeFiles.compileOrReport(file, io);
        if (compilation == null) return ExitCodes.USAGE_OR_IO;
        List<Path> inputs = OutputFiles.inputs(file, compilation);
        if (!OutputFiles.check(output, inputs, io)) return ExitCodes.USAGE_OR_IO;
        if (compilation.hasErrors()) {
            List<Diagnostic> errors = compilation.diagnostics().stream().filter(Diagnostic::isError).toList();
            printDiagnostics(io, errors);
            return ExitCodes.FINDINGS;
        }
        Programme programme = compilation.programme();
        run.checkNames(programme, options);
        SimulationResult result;
        try {
            result = run.simulate(programme, options, io);
        } catch (SimulationException e) {
            printDiagnostics(io, e.diagnostics());
            return ExitCodes.FINDINGS;
        }
        String rendered = switch (format) {
            case TEXT -> ResultText.render(result, programme);
            case JSON -> ResultJson.render(result);
            case CSV -> ResultCsv.render(result, programme);
        };
        return OutputFiles.write(output, rendered, inputs, io);
    }

    private void printDiagnostics(Io io, List<Diagnostic> diagnostics) {
        TextRenderer renderer = new TextRenderer(colour.enabled(io, io.errIsTerminal()));
        io.err().print(renderer.render(List.of(new CheckedFile(file.toString(), diagnostics))));
        io.err().flush();
    }
}
