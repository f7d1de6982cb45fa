package dev.marshall.testing;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Related;
import java.util.List;

/**
 * The compact form diagnostics take in {@code .err} goldens: one line per
 * diagnostic (file name, line, column, severity, code, message), then its hint
 * and related locations, indented. Paths are reduced to file names, so goldens
 * do not depend on where the repository lives.
 */
public final class DiagnosticLines {
    private DiagnosticLines() {}

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            String file = d.span().file().location() == null
                    ? d.span().file().displayPath()
                    : d.span().file().location().getFileName().toString();
            out.append(file).append(':').append(d.span().line()).append(':').append(d.span().column())
                    .append(": ").append(d.severity().label()).append('[').append(d.code()).append("]: ")
                    .append(d.message()).append('\n');
            if (!d.hint().isEmpty()) out.append("  hint: ").append(d.hint()).append('\n');
            for (Related r : d.related()) {
                out.append("  related ").append(r.span().line()).append(':').append(r.span().column())
                        .append(": ").append(r.label()).append('\n');
            }
        }
        return out.toString();
    }
}
