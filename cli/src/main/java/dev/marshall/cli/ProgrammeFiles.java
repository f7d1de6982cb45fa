package dev.marshall.cli;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        if (Files.isDirectory(file)) {
            io.error(cannotRead(file, "is a directory"));
            return null;
        }
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
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof CharacterCodingException) return "not valid UTF-8 text";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
