package dev.marshall.cli;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.source.InputFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/**
 * Reading a programme file for a command: compile it, or say in one line why
 * it could not be read ({@code marshall: cannot read 'x': no such file}).
 * Every command that takes a programme (check, simulate, emit, report) starts here.
 */
public final class ProgrammeFiles {
    private ProgrammeFiles() {}

    /**
     * Compiles {@code file}.
     * Returns null after printing the reason when the file cannot be read;
     * the caller then exits with {@link ExitCodes#USAGE_OR_IO}. Problems inside
     * the file are diagnostics in the returned compilation, not failures here.
     */
    public static Compilation compileOrReport(Path file, Io io) {
        try {
            return Compiler.compile(file);
        } catch (IOException e) {
            io.error(cannotRead(file, reason(e)));
            return null;
        }
    }

    static String cannotRead(Path file, String reason) {
        return "cannot read '" + dev.marshall.diagnostics.format.TextRenderer.sanitizeLine(file.toString()) + "': " + reason;
    }

    /** A few words for an I/O failure, without the Java exception's name or the path again. */
    static String reason(IOException e) {
        if (e instanceof CharacterCodingException) return "not valid UTF-8 text";
        return InputFiles.reason(e);
    }
}
