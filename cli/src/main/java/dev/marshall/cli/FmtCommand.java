package dev.marshall.cli;

import dev.marshall.api.Diagnostic;
import dev.marshall.api.DiagnosticReport;
import dev.marshall.api.Outputs;
import dev.marshall.api.Programme;
import dev.marshall.api.ProgrammeText;
import dev.marshall.api.Reasons;
import dev.marshall.formatter.FormatResult;
import dev.marshall.formatter.Formatter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code marshall fmt FILE…}: rewrite programmes in the canonical layout
 * ({@link Formatter}). A file is replaced atomically and only when its layout
 * changes; a file with syntax errors is left alone and its errors are reported
 * as {@code check} reports them. Runs no guest code.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rewrite programmes in the canonical layout; comments and meaning are kept.",
        footer = {"", "Exit status: 0 formatted (or already so); 1 a file has syntax", "errors, or would change (--check); 2 usage or I/O error."})
final class FmtCommand implements Callable<Integer> {

    /** The diagnostics that stop the formatter: the text cannot be read as Marshall at all. */
    private static final Set<String> UNREADABLE_TEXT = Set.of("E001", "E002", "E003", "E004", "E005", "E006", "E009");
    private static final String STDIN = "<stdin>";

    @ParentCommand
    private Marshall marshall;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ColourOption colour;

    @Option(names = "--check", description = "Write nothing; list the files whose layout would change and exit 1 if there are any.")
    private boolean check;

    @Option(names = "--stdin", description = "Format standard input and write the result to standard output.")
    private boolean stdin;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Programme files (.marshall), rewritten in place.")
    private List<Path> files = List.of();

    @Override
    public Integer call() {
        if (stdin && !files.isEmpty()) throw new ParameterException(spec.commandLine(), "give FILE arguments or --stdin, not both");
        if (!stdin && files.isEmpty()) throw new ParameterException(spec.commandLine(), "missing FILE (or --stdin to format standard input)");
        return stdin ? formatStandardInput(System.in) : formatFiles();
    }

    private int formatFiles() {
        Io io = marshall.io();
        boolean ioFailed = false;
        boolean findings = false;
        for (Path file : files) {
            ProgrammeText read;
            try {
                // The same rules as every input: a regular file (through links), within the size limit.
                read = ProgrammeText.read(file);
            } catch (IOException e) {
                io.error(ProgrammeFiles.cannotRead(file, Reasons.of(e)));
                ioFailed = true;
                continue;
            }
            String formatted = formatOrReport(read, io);
            if (formatted == null) {
                findings = true;
                continue;
            }
            if (formatted.equals(read.text())) continue;
            if (check) {
                io.out().println(Reasons.oneLine(file.toString()));
                findings = true;
                continue;
            }
            try {
                rewrite(file, formatted);
            } catch (IOException e) {
                io.error("cannot write '" + Reasons.oneLine(file.toString()) + "': " + Reasons.of(e));
                ioFailed = true;
            }
        }
        io.out().flush();
        if (ioFailed) return ExitCodes.USAGE_OR_IO;
        return findings ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private int formatStandardInput(InputStream in) {
        Io io = marshall.io();
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ProgrammeText.maxBytes() + 1));
        } catch (IOException e) {
            io.error("cannot read standard input: " + Reasons.of(e));
            return ExitCodes.USAGE_OR_IO;
        }
        if (bytes.length > ProgrammeText.maxBytes()) {
            io.error("cannot read standard input: more than the input limit of " + ProgrammeText.maxBytes()
                    + " bytes (raise it with -D" + ProgrammeText.MAX_BYTES_PROPERTY + "=BYTES, see docs/cli.md)");
            return ExitCodes.USAGE_OR_IO;
        }
        ProgrammeText read = ProgrammeText.decode(STDIN, bytes);
        String formatted = formatOrReport(read, io);
        if (formatted == null) return ExitCodes.FINDINGS;
        if (check) {
            if (formatted.equals(read.text())) return ExitCodes.OK;
            io.out().println(STDIN);
            io.out().flush();
            return ExitCodes.FINDINGS;
        }
        io.out().print(formatted);
        io.out().flush();
        return ExitCodes.OK;
    }

    /** The formatted text, or null after reporting why the text cannot be formatted. */
    private String formatOrReport(ProgrammeText read, Io io) {
        if (read.decodedCleanly()) {
            FormatResult result = Formatter.format(read.text());
            if (!result.refused()) return result.text();
        }
        // The same front end as check, so the errors read exactly as check prints them.
        Programme programme;
        try (dev.marshall.api.Marshall api = ProgrammeFiles.open()) {
            programme = api.load(read);
        }
        boolean textUnreadable = programme.diagnostics().stream().anyMatch(d -> UNREADABLE_TEXT.contains(d.code()));
        DiagnosticReport unreadable = DiagnosticReport.of(programme)
                .select(textUnreadable ? d -> UNREADABLE_TEXT.contains(d.code()) : Diagnostic::isError);
        String path = read.name();
        io.err().print(unreadable.text(colour.enabled(io, io.errIsTerminal())));
        io.error("not formatted '" + Reasons.oneLine(path) + "': it has syntax errors");
        return null;
    }

    /**
     * Replaces the file's content atomically ({@link Outputs}: a symbolic
     * link stays a link, its target is rewritten; the file keeps its permissions).
     */
    private static void rewrite(Path file, String formatted) throws IOException {
        Outputs.rewrite(file, formatted);
    }
}
