package dev.marshall.api;

import dev.marshall.diagnostics.format.TextRenderer;
import dev.marshall.source.InputFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * The words Marshall uses for what went wrong outside a programme: why a file
 * could not be read or written, and text from a file or a user made safe to
 * show on one line of a terminal. A host's messages then read like the
 * command line's ({@code cannot read 'x': no such file}).
 */
public final class Reasons {
    private Reasons() {}

    /**
     * A few words for an I/O failure, without the Java exception's name or the path again.
     *
     * @param failure what reading or writing threw
     * @return e.g. {@code no such file}, {@code not valid UTF-8 text}, {@code permission denied}
     */
    public static String of(IOException failure) {
        if (failure instanceof CharacterCodingException) return "not valid UTF-8 text";
        return InputFiles.reason(failure);
    }

    /**
     * Text from a file or a user (a path, a name) made safe for one line of
     * terminal output: control and direction-changing characters are shown
     * as visible symbols.
     *
     * @param text any text
     * @return the text, safe to print on one line
     */
    public static String oneLine(String text) {
        return TextRenderer.sanitizeLine(text);
    }
}
