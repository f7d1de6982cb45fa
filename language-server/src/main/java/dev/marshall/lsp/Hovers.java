package dev.marshall.lsp;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.Messages;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: over a name, what it is (kind, and its unit, range, pillar …) and its
 * doc comment — for a word of std.unido, what the word means; over a property,
 * what the property is for; over an {@code allow} code or a diagnostic, the
 * full explanation of the code.
 */
final class Hovers {
    private Hovers() {}

    static Hover hover(OpenDocument document, Position position, DocumentService.Context context) {
        Target target = Target.at(document, position);
        if (target == null) return null;
        List<String> parts = new ArrayList<>();
        Syntax.Occurrence o = target.occurrence();
        if (o != null) {
            if (target.symbol() != null) {
                parts.add(describe(target.symbol()));
            } else if (o.role() == Syntax.Role.PROPERTY) {
                String text = PropertyDocs.describe(o.declaredIn(), variantAt(target), o.name());
                if (text != null) parts.add(text);
            } else if (o.role() == Syntax.Role.CODE && Messages.isKnown(o.name())) {
                parts.add(Diagnostics.explain(o.name()));
            }
        }
        for (Diagnostic d : target.analysis().compilation.diagnostics()) {
            if (d.span() == null || d.span().file() != target.analysis().source) continue;
            if (target.offset() >= d.span().start() && target.offset() <= Math.max(d.span().end(), d.span().start() + 1)) {
                String explained = Diagnostics.explain(d);
                if (!parts.contains(explained)) parts.add(explained);
            }
        }
        if (parts.isEmpty()) return null;
        Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)));
        if (o != null) hover.setRange(Positions.range(target.analysis().source, o.start(), o.end()));
        return hover;
    }

    static String describe(Symbol s) {
        StringBuilder text = new StringBuilder("```marshall\n").append(s.kind()).append(' ').append(s.name()).append("\n```");
        if (!s.detail().isEmpty()) text.append("\n").append(s.detail());
        if (!s.doc().isEmpty()) text.append("\n\n").append(s.doc());
        if (s.nameSpan().file().location() == null && s.nameSpan().file().displayPath().startsWith("std")) {
            text.append("\n\n*").append(s.nameSpan().file().displayPath()).append('*');
        }
        return text.toString();
    }

    /** For a network: the word after ':' of the declaration around the caret ("horizontal"), else "". */
    static String variantAt(Target target) {
        return Outline.declarationAt(target.analysis().syntax(), target.offset()).variant();
    }
}
