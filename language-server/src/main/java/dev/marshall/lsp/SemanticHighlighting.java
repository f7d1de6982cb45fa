package dev.marshall.lsp;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens: names coloured by what they mean (a state, a param, an
 * actor, a word of std.unido …), declarations and standard-library names
 * marked as such; keywords, numbers, strings and doc comments too, for
 * clients without a grammar.
 */
final class SemanticHighlighting {
    private static final List<String> TYPES = List.of(SemanticTokenTypes.Keyword, SemanticTokenTypes.Number, SemanticTokenTypes.String,
            SemanticTokenTypes.Comment, SemanticTokenTypes.Variable, SemanticTokenTypes.Parameter, SemanticTokenTypes.Property,
            SemanticTokenTypes.Function, SemanticTokenTypes.Namespace, SemanticTokenTypes.Class, SemanticTokenTypes.Event,
            SemanticTokenTypes.Enum, SemanticTokenTypes.EnumMember, SemanticTokenTypes.Type, SemanticTokenTypes.Interface);
    private static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration, SemanticTokenModifiers.DefaultLibrary,
            SemanticTokenModifiers.Readonly);

    static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(TYPES, MODIFIERS);

    private SemanticHighlighting() {}

    static SemanticTokens tokens(OpenDocument document) {
        Analysis latest = document.latest();
        if (latest == null) return new SemanticTokens(List.of());
        SymbolIndex symbols = latest.programme() != null ? latest.symbols : document.navigation().symbols;
        // start offset -> {length, type, modifiers}
        Map<Integer, int[]> marks = new TreeMap<>();
        for (Token t : latest.syntax().tokens) {
            if (t.getType() == Token.EOF || t.getStopIndex() < t.getStartIndex()) continue;
            String type = null;
            if (t.getType() == MarshallLexer.DOC_COMMENT) type = SemanticTokenTypes.Comment;
            else if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            else if (t.getType() == MarshallLexer.NUMBER || t.getType() == MarshallLexer.DATE) type = SemanticTokenTypes.Number;
            else if (t.getType() == MarshallLexer.STRING || t.getType() == MarshallLexer.UNTERMINATED_STRING) type = SemanticTokenTypes.String;
            else if (isKeyword(t)) type = SemanticTokenTypes.Keyword;
            if (type != null) marks.put(t.getStartIndex(), new int[] {t.getStopIndex() + 1 - t.getStartIndex(), TYPES.indexOf(type), 0});
        }
        for (Syntax.Occurrence o : latest.syntax().occurrences) {
            String type;
            int modifiers = 0;
            if (o.role() == Syntax.Role.PROPERTY) {
                type = SemanticTokenTypes.Property;
            } else {
                Symbol s = symbols.resolve(latest.syntax(), o);
                if (s == null) {
                    marks.remove(o.start());   // a keyword used as a name is a name
                    continue;
                }
                type = typeOf(s.kind());
                if (o.role() == Syntax.Role.DECLARATION) modifiers |= 1;
                if (s.nameSpan().file().location() == null && s.nameSpan().file() != latest.source) modifiers |= 2;
                if (s.kind().equals("param")) modifiers |= 4;
            }
            marks.put(o.start(), new int[] {o.end() - o.start(), TYPES.indexOf(type), modifiers});
        }
        return new SemanticTokens(encode(latest.source, marks));
    }

    private static boolean isKeyword(Token t) {
        return t.getType() >= MarshallLexer.PROGRAMME && t.getType() <= MarshallLexer.FALSE;
    }

    private static String typeOf(String kind) {
        return switch (kind) {
            case "state" -> SemanticTokenTypes.Variable;
            case "param" -> SemanticTokenTypes.Variable;
            case "parameter" -> SemanticTokenTypes.Parameter;
            case "fn" -> SemanticTokenTypes.Function;
            case "cluster" -> SemanticTokenTypes.Namespace;
            case "actor" -> SemanticTokenTypes.Class;
            case "network" -> SemanticTokenTypes.Interface;
            case "intervention", "milestone" -> SemanticTokenTypes.Event;
            case "indicator" -> SemanticTokenTypes.Type;
            case "enum" -> SemanticTokenTypes.Enum;
            default -> SemanticTokenTypes.EnumMember;
        };
    }

    private static List<Integer> encode(SourceFile source, Map<Integer, int[]> marks) {
        List<Integer> data = new ArrayList<>(marks.size() * 5);
        int previousLine = 0;
        int previousColumn = 0;
        for (Map.Entry<Integer, int[]> e : marks.entrySet()) {
            int start = e.getKey();
            int line = source.lineOf(start) - 1;
            int column = source.columnOf(start) - 1;
            int length = Math.min(e.getValue()[0], source.lineText(line + 1).length() - column);
            if (length <= 0) continue;
            data.add(line - previousLine);
            data.add(line == previousLine ? column - previousColumn : column);
            data.add(length);
            data.add(e.getValue()[1]);
            data.add(e.getValue()[2]);
            previousLine = line;
            previousColumn = column;
        }
        return data;
    }
}
