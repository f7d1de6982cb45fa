package dev.marshall.lsp;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Related;
import dev.marshall.diagnostics.Severity;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Marshall's diagnostics as LSP diagnostics, grouped by the file they point
 * into: the same code, message and hint {@code marshall check} prints, every
 * related location, and the rule's explanation linked through
 * {@code codeDescription} (the diagnostics reference of the language, at
 * {@code rulesDocumentation}) — hover over the diagnostic shows it in full.
 */
final class Diagnostics {
    static final String SOURCE = "marshall";

    private final Uris uris;
    private final String rulesDocumentation;

    /** @param rulesDocumentation the URI of the diagnostics reference, or null to link nothing */
    Diagnostics(Uris uris, String rulesDocumentation) {
        this.uris = uris;
        this.rulesDocumentation = rulesDocumentation;
    }

    /** The diagnostics of an analysis by URI; the document's own URI is always present (maybe empty). */
    Map<String, List<org.eclipse.lsp4j.Diagnostic>> byUri(Analysis analysis, String documentUri) {
        Map<String, List<org.eclipse.lsp4j.Diagnostic>> out = new LinkedHashMap<>();
        out.put(documentUri, new ArrayList<>());
        for (Diagnostic d : analysis.compilation.diagnostics()) {
            SourceFile file = d.span() == null ? analysis.source : d.span().file();
            String uri = uris.uriOf(file, analysis, documentUri);
            out.computeIfAbsent(uri, k -> new ArrayList<>()).add(convert(d, analysis, documentUri));
        }
        return out;
    }

    org.eclipse.lsp4j.Diagnostic convert(Diagnostic d, Analysis analysis, String documentUri) {
        Range range = d.span() == null ? new Range(new Position(0, 0), new Position(0, 0)) : Positions.range(d.span());
        String message = d.message() + (d.hint().isEmpty() ? "" : "\nhint: " + d.hint());
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range, message, severity(d.severity()), SOURCE, d.code());
        if (rulesDocumentation != null) out.setCodeDescription(new DiagnosticCodeDescription(rulesDocumentation));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (Related r : d.related()) {
            if (r.span() == null) continue;
            related.add(new DiagnosticRelatedInformation(
                    new Location(uris.uriOf(r.span().file(), analysis, documentUri), Positions.range(r.span())), r.label()));
        }
        if (!related.isEmpty()) out.setRelatedInformation(related);
        if (!d.hint().isEmpty()) out.setData(d.hint());
        return out;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }

    /** What hover shows over a diagnostic: its code and title, message and hint, the rule's full explanation. */
    static String explain(Diagnostic d) {
        StringBuilder s = new StringBuilder("**").append(d.code()).append("** ").append(Messages.title(d.code()))
                .append("\n\n").append(d.message());
        if (!d.hint().isEmpty()) s.append("\n\nhint: ").append(d.hint());
        String explanation = Messages.explanation(d.code());
        if (!explanation.isEmpty()) s.append("\n\n").append(explanation);
        return s.append("\n\n`marshall rules ").append(d.code()).append('`').toString();
    }

    /** What hover shows over a code (in an allow): its title and, for rules, the full explanation. */
    static String explain(String code) {
        StringBuilder s = new StringBuilder("**").append(code).append("** ").append(Messages.title(code));
        String explanation = Messages.explanation(code);
        if (!explanation.isEmpty()) s.append("\n\n").append(explanation);
        return s.toString();
    }
}
