package dev.marshall.lsp;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Go to definition, find references and rename. A name is followed to its
 * declaration in the document, a {@code use}d file or the standard library;
 * its references are the names in every file of the programme that resolve to
 * the same declaration. Rename edits the programme's own files only: the
 * standard library is not the designer's to change.
 */
final class Navigation {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Navigation() {}

    static List<Location> definition(OpenDocument document, Position position, DocumentService.Context context) {
        Target target = Target.at(document, position);
        if (target == null || target.symbol() == null) return List.of();
        Symbol s = target.symbol();
        return List.of(new Location(context.uris().uriOf(s.nameSpan().file(), target.analysis(), document.uri), Positions.range(s.nameSpan())));
    }

    static List<Location> references(OpenDocument document, Position position, boolean includeDeclaration, DocumentService.Context context) {
        Target target = Target.at(document, position);
        if (target == null || target.symbol() == null) return List.of();
        List<Location> out = new ArrayList<>();
        for (Found f : occurrencesOf(target)) {
            if (!includeDeclaration && f.occurrence.role() == Syntax.Role.DECLARATION) continue;
            out.add(new Location(context.uris().uriOf(f.file, target.analysis(), document.uri),
                    Positions.range(f.file, f.occurrence.start(), f.occurrence.end())));
        }
        return out;
    }

    static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
            OpenDocument document, Position position, DocumentService.Context context) {
        Target target = Target.at(document, position);
        if (target == null || target.symbol() == null) return null;
        refuseLibrary(target);
        Syntax.Occurrence o = target.occurrence();
        return Either3.forSecond(new PrepareRenameResult(Positions.range(target.analysis().source, o.start(), o.end()), o.name()));
    }

    static WorkspaceEdit rename(OpenDocument document, Position position, String newName, DocumentService.Context context) {
        Target target = Target.at(document, position);
        if (target == null || target.symbol() == null) return null;
        refuseLibrary(target);
        if (newName == null || !IDENTIFIER.matcher(newName).matches() || isKeyword(newName)) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "'" + newName + "' is not a name: a letter or _ then letters, digits or _, and not a keyword", null));
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (Found f : occurrencesOf(target)) {
            String uri = context.uris().uriOf(f.file, target.analysis(), document.uri);
            changes.computeIfAbsent(uri, k -> new ArrayList<>())
                    .add(new TextEdit(Positions.range(f.file, f.occurrence.start(), f.occurrence.end()), newName));
        }
        return new WorkspaceEdit(changes);
    }

    private static void refuseLibrary(Target target) {
        SourceFile file = target.symbol().nameSpan().file();
        if (file.location() == null && !SymbolIndex.sameFile(file, target.analysis().source)) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                    "'" + target.symbol().name() + "' is declared in " + file.displayPath() + ", which cannot be renamed", null));
        }
    }

    /** A keyword the lexer would not read as a name where a declaration's name goes. */
    static boolean isKeyword(String word) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(word));
        lexer.removeErrorListeners();
        Token t = lexer.nextToken();
        return t.getType() != MarshallLexer.IDENT && t.getType() != MarshallLexer.UPPER3;
    }

    record Found(SourceFile file, Syntax.Occurrence occurrence) { }

    /** Every written name, in every file of the programme, that means the target's symbol. */
    static List<Found> occurrencesOf(Target target) {
        List<Found> out = new ArrayList<>();
        Analysis analysis = target.analysis();
        for (SourceFile file : analysis.files()) {
            Syntax syntax = analysis.syntaxOf(file);
            for (Syntax.Occurrence o : syntax.occurrences) {
                if (!o.name().equals(target.symbol().name())) continue;
                Symbol s = target.symbols().resolve(syntax, o);
                if (target.symbol().sameAs(s) || (s != null && sameDeclaration(target.symbol(), s))) out.add(new Found(file, o));
            }
        }
        return out;
    }

    /** A parameter is the same when it belongs to the same fn (same file, same place). */
    private static boolean sameDeclaration(Symbol a, Symbol b) {
        return a.kind().equals(b.kind()) && a.name().equals(b.name()) && SymbolIndex.sameFile(a.nameSpan().file(), b.nameSpan().file())
                && a.nameSpan().start() == b.nameSpan().start();
    }
}
