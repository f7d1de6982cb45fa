package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * One rule about a whole programme: a static check of the language (E0xx) or
 * an approach check of std.unido (Axx). A check reads the model and reports;
 * it never changes anything. Its words live in {@code messages.properties}
 * under its codes. Checks are registered in one place, {@code dev.marshall.Checks}
 * (the registry sits above the check packages, so they never import it).
 */
public interface Check {

    /** The diagnostic codes this check may report. */
    List<String> codes();

    void check(Programme programme, DiagnosticSink sink);
}
