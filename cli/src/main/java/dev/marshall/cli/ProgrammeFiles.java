package dev.marshall.cli;

import dev.marshall.api.MarshallException;
import dev.marshall.api.Programme;
import dev.marshall.api.Reasons;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reading a programme file for a command: load it through the embedding API,
 * or say in one line why it could not be read ({@code marshall: cannot read 'x': no such file}).
 * Every command that takes a programme (check, simulate, emit, report) starts here.
 */
public final class ProgrammeFiles {
    private ProgrammeFiles() {}

    /**
     * The API as the command line uses it: the files are the user's own
     * ({@link dev.marshall.api.Marshall.Builder#trusted()}), so no host limits apply.
     */
    static dev.marshall.api.Marshall open() {
        return dev.marshall.api.Marshall.builder().trusted().build();
    }

    /**
     * Loads and checks {@code file}.
     * Returns null after printing the reason when the file cannot be read;
     * the caller then exits with {@link ExitCodes#USAGE_OR_IO}. Problems inside
     * the file are diagnostics of the returned programme, not failures here.
     */
    public static Programme loadOrReport(dev.marshall.api.Marshall marshall, Path file, Io io) {
        try {
            return marshall.load(file);
        } catch (IOException e) {
            io.error(cannotRead(file, Reasons.of(e)));
            return null;
        } catch (MarshallException e) {
            // A trusted Marshall holds no limits to refuse a file over.
            throw new IllegalStateException("a trusted load was refused", e);
        }
    }

    static String cannotRead(Path file, String reason) {
        return "cannot read '" + Reasons.oneLine(file.toString()) + "': " + reason;
    }
}
