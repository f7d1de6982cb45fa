package dev.marshall.lsp;

import dev.marshall.approach.ApproachRules;
import dev.marshall.model.Programme;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes for the diagnostics in the requested range: replace a misspelt
 * name by the one "did you mean" suggests; silence an approach warning with
 * {@code allow CODE "…"} (the reason left for the designer to write); declare
 * an actor that a property names but nobody declared.
 */
final class CodeActions {
    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'\\?");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)'");
    /** The properties whose values are actors: an unknown name there is an actor nobody declared. */
    private static final Pattern ACTOR_PROPERTY = Pattern.compile("\\b(lead|partners|targets|responsible|members|from|to)\\s*=\\s*[^=]*$");

    private CodeActions() {}

    static List<CodeAction> actions(OpenDocument document, CodeActionParams params, DocumentService.Context context) {
        Analysis latest = document.latest();
        if (latest == null || params.getContext() == null || params.getContext().getDiagnostics() == null) return List.of();
        List<CodeAction> out = new ArrayList<>();
        for (Diagnostic d : params.getContext().getDiagnostics()) {
            if (d == null || !Diagnostics.SOURCE.equals(d.getSource()) || d.getCode() == null || d.getRange() == null) continue;
            String code = d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
            String message = d.getMessage() == null ? "" : d.getMessage().isLeft() ? d.getMessage().getLeft() : d.getMessage().getRight().getValue();
            Matcher suggestion = DID_YOU_MEAN.matcher(message);
            if (suggestion.find()) {
                out.add(fix("Replace with '" + suggestion.group(1) + "'", d, document.uri, List.of(new TextEdit(d.getRange(), suggestion.group(1))), true));
            }
            if (ApproachRules.isApproachCode(code)) {
                out.add(fix("Allow " + code + " in this programme (give the reason)", d, document.uri,
                        List.of(allowEdit(latest, code)), false));
            }
            if (code.equals("E010")) {
                Matcher name = UNKNOWN_NAME.matcher(message);
                if (name.find() && namesAnActor(latest.source, d.getRange())) {
                    out.add(fix("Declare actor '" + name.group(1) + "'", d, document.uri,
                            List.of(actorEdit(latest, document, name.group(1))), false));
                }
            }
        }
        return out;
    }

    private static CodeAction fix(String title, Diagnostic d, String uri, List<TextEdit> edits, boolean preferred) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        if (preferred) action.setIsPreferred(true);
        return action;
    }

    private static boolean namesAnActor(SourceFile source, Range range) {
        int offset = Positions.offset(source, range.getStart());
        int lineStart = source.offsetOf(range.getStart().getLine() + 1, 1);
        return ACTOR_PROPERTY.matcher(source.text().substring(Math.min(lineStart, offset), offset)).find();
    }

    /** A top-level {@code allow} after the last {@code use} line (or at the top when there is none). */
    private static TextEdit allowEdit(Analysis latest, String code) {
        int line = insertionLine(latest, "use");
        return new TextEdit(new Range(new Position(line, 0), new Position(line, 0)), "allow " + code + " \"reason: why this warning does not apply\"\n");
    }

    /** An actor declaration after the last actor (or after the uses), of the first actor kind std.unido knows. */
    private static TextEdit actorEdit(Analysis latest, OpenDocument document, String name) {
        Programme model = latest.programme() != null ? latest.programme() : document.navigation().programme();
        String kind = "sme";
        if (model != null) {
            Vocabulary kinds = model.vocabulary("actor_kind").orElse(null);
            if (kinds != null && !kinds.words().isEmpty() && kinds.word("sme").isEmpty()) kind = kinds.words().get(0).name();
        }
        int line = insertionLine(latest, "actor");
        if (line == 0) line = insertionLine(latest, "use");
        return new TextEdit(new Range(new Position(line, 0), new Position(line, 0)), "actor " + name + " : " + kind + "\n");
    }

    /** The 0-based line after the end of the last top-level declaration started by {@code keyword}, or 0. */
    private static int insertionLine(Analysis latest, String keyword) {
        int found = 0;
        for (Outline.Declared d : Outline.declarations(latest.syntax())) {
            if (d.keyword().equals(keyword)) found = latest.source.lineOf(d.end());
        }
        return found;
    }
}
