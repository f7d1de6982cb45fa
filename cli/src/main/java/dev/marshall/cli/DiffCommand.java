package dev.marshall.cli;

import dev.marshall.api.Diagnostic;
import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import dev.marshall.api.ProgrammeDiff;
import dev.marshall.api.SimulationRequest;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall diff OLD NEW}: what a revision changed, in the programme's
 * terms, as Markdown (a pull-request comment), text or JSON; with
 * {@code --fail-on}, exit 1 when the revision meets a condition. The work is
 * the API's ({@link ProgrammeDiff}); this reads the command line and writes.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show what a revision of a programme changed: declarations, cost, schedules, targets, diagnostics, and P(on time) and P(target met) with the same seed.",
        footer = {"", "Conditions of --fail-on: error (the revision introduces an error),",
                "warning (an error or a warning), p-drop=N (a milestone's P(on time) or an",
                "indicator's P(target met) falls by more than N points), cost-rise=N (the",
                "interventions' total cost rises by more than N percent).",
                "", "Exit status: 0 compared, no --fail-on condition met; 1 a condition met,",
                "or a revision cannot be compared; 2 usage or I/O error."})
final class DiffCommand implements Callable<Integer> {

    /** Output formats of the diff. */
    enum Format {
        TEXT, MARKDOWN, JSON;

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Format.Converter.class,
            description = "Output: text, markdown (for a pull-request comment) or json (docs/formats.md); any case.")
    private Format format;

    @Option(names = "--fail-on", paramLabel = "CONDITION", split = ",",
            description = "Exit 1 when the revision meets this condition: error, warning, p-drop=N, cost-rise=N (repeatable, or comma-separated).")
    private List<String> failOn = new ArrayList<>();

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "1000",
            description = "Monte Carlo runs for each revision (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "1",
            description = "The seed both revisions are simulated with (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--no-simulate", description = "Compare the texts and plans only; do not simulate.")
    private boolean noSimulate;

    @Option(names = {"-o", "--output", "--out"}, paramLabel = "PATH",
            description = "Write the diff to this file (replaced atomically; never an input) instead of standard output (-).")
    private Path output;

    @Parameters(index = "0", paramLabel = "OLD", description = "The programme before the revision (.marshall).")
    private Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The programme after the revision (.marshall).")
    private Path after;

    @Override
    public Integer call() {
        Io io = marshall.io();
        List<Diagnostic> problems = ProgrammeDiff.checkConditions(failOn);
        if (!problems.isEmpty()) {
            for (Diagnostic d : problems) print(io, d);
            return ExitCodes.USAGE_OR_IO;
        }
        if (runs < 1 || runs > 1_000_000) {
            io.error("--runs must be from 1 to 1000000, not " + runs);
            return ExitCodes.USAGE_OR_IO;
        }
        List<Path> inputs = List.of(before, after);
        if (!OutputFiles.check(output, inputs, io)) return ExitCodes.USAGE_OR_IO;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            Programme older = load(api, before, io);
            if (older == null) return ExitCodes.USAGE_OR_IO;
            Programme newer = load(api, after, io);
            if (newer == null) return ExitCodes.USAGE_OR_IO;
            ProgrammeDiff diff;
            try {
                diff = ProgrammeDiff.compare(older, newer, noSimulate ? null : SimulationRequest.runs(runs).seed(seed));
            } catch (MarshallException e) {
                for (Diagnostic d : e.diagnostics()) print(io, d);
                if (e.diagnostics().isEmpty()) io.error(e.getMessage());
                return ExitCodes.FINDINGS;
            }
            String rendered = switch (format) {
                case TEXT -> diff.toText();
                case MARKDOWN -> diff.toMarkdown();
                case JSON -> diff.toJson();
            };
            int written = OutputFiles.write(output, rendered, inputs, io);
            if (written != ExitCodes.OK) return written;
            List<String> failures = diff.failures(failOn);
            for (String f : failures) io.error("--fail-on: " + f);
            return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    private static Programme load(dev.marshall.api.Marshall api, Path file, Io io) {
        String name = file.toString();
        try {
            return api.load(file);
        } catch (NoSuchFileException e) {
            io.error("cannot read '" + name + "': no such file");
        } catch (CharacterCodingException e) {
            io.error("cannot read '" + name + "': not valid UTF-8 text");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            io.error("cannot read '" + name + "': " + (reason.startsWith(name + ": ") ? reason.substring(name.length() + 2) : reason));
        } catch (MarshallException e) {
            io.error(e.getMessage());
        }
        return null;
    }

    /** A diagnostic without a place, as the other commands' usage errors: {@code marshall: error[E221]: …} and its hint. */
    private static void print(Io io, Diagnostic d) {
        io.error(d.toString());
        if (!d.hint().isEmpty()) {
            io.err().println("  hint: " + d.hint());
            io.err().flush();
        }
    }
}
