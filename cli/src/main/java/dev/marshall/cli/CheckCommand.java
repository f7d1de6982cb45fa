package dev.marshall.cli;

import dev.marshall.api.DiagnosticReport;
import dev.marshall.api.Programme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code marshall check FILE…}: read and check programmes, print what is wrong with them. Runs no guest code. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check programmes: syntax, names, units, schedule, budget and the approach checks.",
        footer = {"", "Exit status: 0 no errors; 1 errors (or warnings with --strict);", "2 usage or I/O error."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private Marshall marshall;

    @Mixin
    private ColourOption colour;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = DiagnosticFormat.Converter.class,
            description = "Output: text (for people), json (docs/cli.md) or sarif (SARIF 2.1.0).")
    private DiagnosticFormat format;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
    private boolean strict;

    @Option(names = {"-o", "--output", "--out"}, paramLabel = "PATH",
            description = "Write the diagnostics to this file (replaced atomically; never an input) instead of standard output (-).")
    private Path output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Programme files (.marshall).")
    private List<Path> files;

    @Override
    public Integer call() {
        Io io = marshall.io();
        if (!OutputFiles.check(output, files, io)) return ExitCodes.USAGE_OR_IO;
        List<Programme> checked = new ArrayList<>();
        List<Path> inputs = new ArrayList<>(files);
        boolean unreadable = false;
        boolean failed = false;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            for (Path file : files) {
                Programme programme = ProgrammeFiles.loadOrReport(api, file, io);
                if (programme == null) {
                    unreadable = true;
                    continue;
                }
                inputs.addAll(OutputFiles.inputs(file, programme));
                checked.add(programme);
                DiagnosticReport findings = DiagnosticReport.of(programme);
                failed |= findings.errors() > 0 || (strict && findings.warnings() > 0);
            }
        }

        boolean toTerminal = OutputFiles.isStandardOutput(output) && io.outIsTerminal();
        String rendered = format.render(DiagnosticReport.of(checked), colour.enabled(io, toTerminal), io.workingDirectory());
        if (OutputFiles.write(output, rendered, inputs, io) != ExitCodes.OK) return ExitCodes.USAGE_OR_IO;
        if (unreadable) return ExitCodes.USAGE_OR_IO;
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
