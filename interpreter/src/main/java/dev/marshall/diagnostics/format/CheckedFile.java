package dev.marshall.diagnostics.format;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The diagnostics of one file a user asked to check, as the renderers take
 * them. {@code path} is the file as the user named it; it labels the summary
 * line and stands in for the location of a diagnostic that has no span. The
 * diagnostics themselves may point into other files (modules the programme
 * uses), each through its own span.
 */
public record CheckedFile(String path, List<Diagnostic> diagnostics) {

    public CheckedFile {
        Objects.requireNonNull(path);
        diagnostics = List.copyOf(diagnostics);
    }

    public int count(Severity severity) {
        int n = 0;
        for (Diagnostic d : diagnostics) if (d.severity() == severity) n++;
        return n;
    }

    public int errors() { return count(Severity.ERROR); }

    public int warnings() { return count(Severity.WARNING); }

    public int notes() { return count(Severity.NOTE); }
}
