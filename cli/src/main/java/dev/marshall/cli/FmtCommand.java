package dev.marshall.cli;

import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.format.CheckedFile;
import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.emit.AtomicFiles;
import dev.marshall.formatter.FormatResult;
import dev.marshall.formatter.Formatter;
import dev.marshall.source.InputFiles;
import dev.marshall.syntax.SourceReader;
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
            SourceReader.Read read;
            try {
                // The same rules as every input: a regular file (through links), within the size limit.
                read = SourceReader.read(file);
            } catch (IOException e) {
                io.error(ProgrammeFiles.cannotRead(file, ProgrammeFiles.reason(e)));
                ioFailed = true;
                continue;
            }
            String formatted = formatOrReport(read, io);
            if (formatted == null) {
                findings = true;
                continue;
            }
            if (formatted.equals(read.source().text())) continue;
            if (check) {
                io.out().println(TextRenderer.sanitizeLine(file.toString()));
                findings = true;
                continue;
            }
            try {
                rewrite(file, formatted);
            } catch (IOException e) {
                io.error("cannot write '" + TextRenderer.sanitizeLine(file.toString()) + "': " + ProgrammeFiles.reason(e));
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
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, InputFiles.maxBytes() + 1));
        } catch (IOException e) {
            io.error("cannot read standard input: " + ProgrammeFiles.reason(e));
            return ExitCodes.USAGE_OR_IO;
        }
        if (bytes.length > InputFiles.maxBytes()) {
            io.error("cannot read standard input: more than the input limit of " + InputFiles.maxBytes()
                    + " bytes (raise it with -D" + InputFiles.MAX_BYTES_PROPERTY + "=BYTES, see docs/cli.md)");
            return ExitCodes.USAGE_OR_IO;
        }
        SourceReader.Read read = SourceReader.decode(STDIN, null, bytes);
        String formatted = formatOrReport(read, io);
        if (formatted == null) return ExitCodes.FINDINGS;
        if (check) {
            if (formatted.equals(read.source().text())) return ExitCodes.OK;
            io.out().println(STDIN);
            io.out().flush();
            return ExitCodes.FINDINGS;
        }
        io.out().print(formatted);
        io.out().flush();
        return ExitCodes.OK;
    }

    /** The formatted text, or null after reporting why the text cannot be formatted. */
    private String formatOrReport(SourceReader.Read read, Io io) {
        if (read.problems().isEmpty()) {
            FormatResult result = Formatter.format(read.source().text());
            if (!result.refused()) return result.text();
        }
        // The same front end as check, so the errors read exactly as check prints them.
        var compilation = Compiler.compile(read);
        List<Diagnostic> unreadable = compilation.diagnostics().stream()
                .filter(d -> UNREADABLE_TEXT.contains(d.code()))
                .toList();
        if (unreadable.isEmpty()) unreadable = compilation.diagnostics().stream().filter(Diagnostic::isError).toList();
        String path = read.source().displayPath();
        io.err().print(new TextRenderer(colour.enabled(io, io.errIsTerminal()))
                .render(List.of(new CheckedFile(path, unreadable))));
        io.error("not formatted '" + TextRenderer.sanitizeLine(path) + "': it has syntax errors");
        return null;
    }

    /**
     * Replaces the file's content atomically ({@link AtomicFiles}: a symbolic
     * link stays a link, its target is rewritten; the file keeps its permissions).
     */
    private static void rewrite(Path file, String formatted) throws IOException {
        AtomicFiles.write(file, formatted);
    }
}
