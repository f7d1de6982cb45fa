package dev.marshall.model;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.source.SourceFile;
import java.util.List;

/**
 * The outcome of reading and checking a programme: the model (null only when
 * the text is too broken to build one) and every diagnostic, in source order.
 * {@code sources} are all files read (the programme, the modules it uses),
 * for rendering diagnostics.
 */
public record Compilation(Programme programme, List<Diagnostic> diagnostics, List<SourceFile> sources) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
        sources = List.copyOf(sources);
    }

    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) if (d.isError()) return true;
        return false;
    }

    public boolean hasWarnings() {
        for (Diagnostic d : diagnostics) if (d.severity() == dev.marshall.diagnostics.Severity.WARNING) return true;
        return false;
    }
}
