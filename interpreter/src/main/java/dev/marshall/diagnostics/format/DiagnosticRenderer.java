package dev.marshall.diagnostics.format;

import java.util.List;

/**
 * Turns the diagnostics of one or more checked files into the text a user or
 * a tool reads: {@link TextRenderer} for people, {@link JsonRenderer} for
 * scripts, {@link SarifRenderer} for code-scanning services. Renderers only
 * build text; where it goes (a terminal, a file) is the caller's business.
 */
public interface DiagnosticRenderer {

    /** The whole output for these files, ending with a newline. */
    String render(List<CheckedFile> files);
}
