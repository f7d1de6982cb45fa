package dev.marshall.api;

import dev.marshall.source.InputFiles;
import dev.marshall.syntax.SourceReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The text of a programme as Marshall reads it, before it is checked: from a
 * file (a regular file, through links, within {@link #maxBytes()}) or from
 * bytes a host already holds (standard input, an upload). Text that is not
 * valid UTF-8 is decoded leniently and the problem becomes a diagnostic when
 * it is checked ({@link Marshall#load(ProgrammeText)}). Immutable.
 */
public final class ProgrammeText {
    /** The system property that raises the input size limit, in bytes (docs/cli.md). */
    public static final String MAX_BYTES_PROPERTY = InputFiles.MAX_BYTES_PROPERTY;

    private final SourceReader.Read read;

    private ProgrammeText(SourceReader.Read read) {
        this.read = read;
    }

    /**
     * Reads a programme file.
     *
     * @param file the file
     * @return its text
     * @throws IOException when it is missing, not a regular file, unreadable or over {@link #maxBytes()}
     *                     ({@link Reasons#of} words it)
     */
    public static ProgrammeText read(Path file) throws IOException {
        return new ProgrammeText(SourceReader.read(file));
    }

    /**
     * Decodes bytes held in memory, such as standard input.
     *
     * @param name  the name diagnostics give it, e.g. {@code <stdin>}
     * @param bytes the UTF-8 text
     * @return its text
     */
    public static ProgrammeText decode(String name, byte[] bytes) {
        return new ProgrammeText(SourceReader.decode(name, null, bytes));
    }

    /**
     * The largest input Marshall reads, in bytes: 16 MiB unless the system property
     * {@value #MAX_BYTES_PROPERTY} says otherwise.
     *
     * @return the limit
     */
    public static long maxBytes() {
        return InputFiles.maxBytes();
    }

    /** {@return the name diagnostics give it (the path as given, or the name passed to decode)} */
    public String name() {
        return read.source().displayPath();
    }

    /** {@return the text} */
    public String text() {
        return read.source().text();
    }

    /** {@return whether it was valid UTF-8 (else the text holds replacement characters)} */
    public boolean decodedCleanly() {
        return read.problems().isEmpty();
    }

    SourceReader.Read read() {
        return read;
    }
}
