package dev.marshall.lsp;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The shape of a document read from its tokens alone, so it holds for text
 * that does not parse: its declarations (a keyword at the top level up to the
 * next one), their names, kinds and blocks; the outline (document symbols) and
 * the folding ranges.
 */
final class Outline {
    static final Set<Integer> DECLARATION_KEYWORDS = Set.of(MarshallLexer.PROGRAMME, MarshallLexer.USE, MarshallLexer.PARAM,
            MarshallLexer.CLUSTER, MarshallLexer.ACTOR, MarshallLexer.NETWORK, MarshallLexer.INTERVENTION, MarshallLexer.INDICATOR,
            MarshallLexer.MILESTONE, MarshallLexer.RESULT, MarshallLexer.COST_LINE, MarshallLexer.PRIORITIES, MarshallLexer.ASSUMPTION, MarshallLexer.RISK, MarshallLexer.FN,
            MarshallLexer.NATIVE, MarshallLexer.ENUM, MarshallLexer.EXTEND, MarshallLexer.ALLOW);

    private Outline() {}

    /**
     * One top-level declaration: its keyword ("intervention"), its name (or title), the word after ':'
     * ("horizontal"), where it starts and ends, and the tokens of its block (index range, or -1).
     */
    record Declared(String keyword, String name, int nameStart, int nameEnd, String variant, int start, int end) {
        static final Declared NONE = new Declared("", "", -1, -1, "", -1, -1);
    }

    /** The declarations of a document, in order. */
    static List<Declared> declarations(Syntax syntax) {
        List<Token> tokens = visible(syntax.tokens);
        List<Declared> out = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (depth == 0 && DECLARATION_KEYWORDS.contains(t.getType())) {
                int keywordIndex = i;
                String keyword = t.getType() == MarshallLexer.NATIVE ? "fn" : t.getText();
                int j = i + 1;
                if (t.getType() == MarshallLexer.NATIVE && j < tokens.size() && tokens.get(j).getType() == MarshallLexer.FN) j++;
                String name = "";
                int nameStart = -1;
                int nameEnd = -1;
                if (j < tokens.size() && !DECLARATION_KEYWORDS.contains(tokens.get(j).getType()) && tokens.get(j).getType() != MarshallLexer.LBRACE) {
                    Token n = tokens.get(j);
                    name = n.getType() == MarshallLexer.STRING ? unquote(n.getText()) : n.getText();
                    nameStart = n.getStartIndex();
                    nameEnd = n.getStopIndex() + 1;
                    if (keyword.equals("use")) name = useName(tokens, j);
                }
                String variant = "";
                if (j + 2 < tokens.size() && tokens.get(j + 1).getType() == MarshallLexer.COLON) variant = tokens.get(j + 2).getText();
                // The declaration runs to the next keyword at the top level.
                int k = i + 1;
                int d = 0;
                int last = i;
                while (k < tokens.size()) {
                    Token u = tokens.get(k);
                    if (d == 0 && DECLARATION_KEYWORDS.contains(u.getType()) && !(keywordIndex == k - 1 && u.getType() == MarshallLexer.FN)) break;
                    if (u.getType() == MarshallLexer.LBRACE) d++;
                    if (u.getType() == MarshallLexer.RBRACE) d = Math.max(0, d - 1);
                    last = k;
                    k++;
                }
                if (keyword.equals("priorities")) name = "priorities";
                out.add(new Declared(keyword, name, nameStart, nameEnd, variant, t.getStartIndex(), tokens.get(last).getStopIndex() + 1));
                i = k;
                continue;
            }
            if (t.getType() == MarshallLexer.LBRACE) depth++;
            if (t.getType() == MarshallLexer.RBRACE) depth = Math.max(0, depth - 1);
            i++;
        }
        return out;
    }

    private static String useName(List<Token> tokens, int j) {
        StringBuilder s = new StringBuilder();
        for (int k = j; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == MarshallLexer.STRING) return unquote(t.getText());
            if (k > j && tokens.get(k - 1).getType() != MarshallLexer.DOT && t.getType() != MarshallLexer.DOT) break;
            s.append(t.getText());
        }
        return s.toString();
    }

    /** The declaration around an offset, or {@link Declared#NONE}. */
    static Declared declarationAt(Syntax syntax, int offset) {
        for (Declared d : declarations(syntax)) if (offset >= d.start() && offset <= d.end()) return d;
        return Declared.NONE;
    }

    /** Tokens the parser sees, without EOF. */
    static List<Token> visible(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) out.add(t);
        return out;
    }

    static String unquote(String s) {
        if (s.startsWith("\"")) s = s.substring(1);
        if (s.endsWith("\"") && !s.isEmpty()) s = s.substring(0, s.length() - 1);
        return s;
    }

    static List<DocumentSymbol> symbols(OpenDocument document) {
        Analysis latest = document.latest();
        if (latest == null) return List.of();
        Syntax syntax = latest.syntax();
        SourceFile source = syntax.source;
        List<Token> tokens = visible(syntax.tokens);
        List<DocumentSymbol> out = new ArrayList<>();
        for (Declared d : declarations(syntax)) {
            if (d.keyword().equals("use") || d.keyword().equals("allow")) continue;
            String name = d.name().isEmpty() ? d.keyword() : d.name();
            int selectionStart = d.nameStart() < 0 ? d.start() : d.nameStart();
            int selectionEnd = d.nameStart() < 0 ? d.start() + d.keyword().length() : d.nameEnd();
            DocumentSymbol symbol = new DocumentSymbol(name, kind(d.keyword()), Positions.range(source, d.start(), d.end()),
                    Positions.range(source, selectionStart, selectionEnd), d.keyword() + (d.variant().isEmpty() ? "" : " : " + d.variant()));
            List<DocumentSymbol> children = members(tokens, d, source);
            if (!children.isEmpty()) symbol.setChildren(children);
            out.add(symbol);
        }
        return out;
    }

    /** The states and properties written directly in a declaration's block. */
    private static List<DocumentSymbol> members(List<Token> tokens, Declared d, SourceFile source) {
        List<DocumentSymbol> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getStartIndex() < d.start()) continue;
            if (t.getStartIndex() >= d.end()) break;
            if (t.getType() == MarshallLexer.LBRACE) { depth++; continue; }
            if (t.getType() == MarshallLexer.RBRACE) { depth--; continue; }
            if (depth != 1 || i + 1 >= tokens.size()) continue;
            if (t.getType() == MarshallLexer.STATE && i + 1 < tokens.size()) {
                Token n = tokens.get(i + 1);
                int end = lineEnd(tokens, i, d.end());
                out.add(new DocumentSymbol(n.getText(), SymbolKind.Variable, Positions.range(source, t.getStartIndex(), end),
                        Positions.range(source, n.getStartIndex(), n.getStopIndex() + 1), "state"));
            } else if (tokens.get(i + 1).getType() == MarshallLexer.ASSIGN) {
                int end = lineEnd(tokens, i, d.end());
                out.add(new DocumentSymbol(t.getText(), SymbolKind.Property, Positions.range(source, t.getStartIndex(), end),
                        Positions.range(source, t.getStartIndex(), t.getStopIndex() + 1), "property"));
            }
        }
        return out;
    }

    private static int lineEnd(List<Token> tokens, int i, int limit) {
        int line = tokens.get(i).getLine();
        int end = tokens.get(i).getStopIndex() + 1;
        for (int k = i; k < tokens.size() && tokens.get(k).getLine() == line && tokens.get(k).getStartIndex() < limit; k++) {
            if (tokens.get(k).getType() == MarshallLexer.RBRACE && k > i) break;
            end = tokens.get(k).getStopIndex() + 1;
        }
        return end;
    }

    private static SymbolKind kind(String keyword) {
        return switch (keyword) {
            case "programme" -> SymbolKind.Module;
            case "param" -> SymbolKind.Constant;
            case "cluster" -> SymbolKind.Namespace;
            case "actor" -> SymbolKind.Object;
            case "network" -> SymbolKind.Interface;
            case "intervention" -> SymbolKind.Event;
            case "indicator" -> SymbolKind.Number;
            case "milestone" -> SymbolKind.Key;
            case "result" -> SymbolKind.Struct;
            case "cost_line" -> SymbolKind.Property;
            case "fn" -> SymbolKind.Function;
            case "enum", "extend" -> SymbolKind.Enum;
            default -> SymbolKind.String;
        };
    }

    static List<FoldingRange> foldingRanges(OpenDocument document) {
        Analysis latest = document.latest();
        if (latest == null) return List.of();
        List<FoldingRange> out = new ArrayList<>();
        List<Token> opens = new ArrayList<>();
        int docStart = -1;
        int docEnd = -1;
        for (Token t : latest.syntax().tokens) {
            if (t.getType() == MarshallLexer.DOC_COMMENT) {
                if (docStart < 0 || t.getLine() != docEnd + 1) {
                    addComment(out, docStart, docEnd);
                    docStart = t.getLine();
                }
                docEnd = t.getLine();
                continue;
            }
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (t.getType() == MarshallLexer.LBRACE) opens.add(t);
            if (t.getType() == MarshallLexer.RBRACE && !opens.isEmpty()) {
                Token open = opens.remove(opens.size() - 1);
                if (t.getLine() > open.getLine()) out.add(new FoldingRange(open.getLine() - 1, t.getLine() - 2));
            }
        }
        addComment(out, docStart, docEnd);
        out.removeIf(r -> r.getEndLine() < r.getStartLine());
        return out;
    }

    private static void addComment(List<FoldingRange> out, int start, int end) {
        if (start >= 0 && end > start) {
            FoldingRange r = new FoldingRange(start - 1, end - 1);
            r.setKind(FoldingRangeKind.Comment);
            out.add(r);
        }
    }
}
