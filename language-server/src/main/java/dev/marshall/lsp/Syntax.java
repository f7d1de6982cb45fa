package dev.marshall.lsp;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The tokens and (recovered) parse tree of one file, and every name written in
 * it with its role: what navigation, semantic tokens and references work on.
 * Built for any text: the lexer never fails, the parser recovers, and a text
 * nested too deeply to parse safely keeps its tokens and no tree.
 */
final class Syntax {
    /** Deeper nesting is refused by the compiler (E006); the parser would risk its stack. */
    private static final int MAX_NESTING = 200;

    /** What a written name is. */
    enum Role { DECLARATION, REFERENCE, PROPERTY, CODE }

    /**
     * One name in the text. {@code declaredIn} is the kind of the declaration whose block holds a
     * property ("intervention"); {@code function} the fn whose body or parameter list holds it, or null.
     */
    record Occurrence(String name, int start, int end, Role role, String declaredIn, MarshallParser.FnDeclContext function) {
        boolean contains(int offset) { return offset >= start && offset <= end; }
    }

    final SourceFile source;
    final List<Token> tokens;
    final MarshallParser.ProgrammeFileContext tree;
    final List<Occurrence> occurrences;

    private Syntax(SourceFile source, List<Token> tokens, MarshallParser.ProgrammeFileContext tree, List<Occurrence> occurrences) {
        this.source = source;
        this.tokens = tokens;
        this.tree = tree;
        this.occurrences = occurrences;
    }

    static Syntax of(SourceFile source) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(source.text(), source.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = List.copyOf(stream.getTokens());
        if (tooDeep(tokens)) return new Syntax(source, tokens, null, List.of());
        MarshallParser parser = new MarshallParser(stream);
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        MarshallParser.ProgrammeFileContext tree = parser.programmeFile();
        List<Occurrence> occurrences = new ArrayList<>();
        collect(tree, occurrences);
        return new Syntax(source, tokens, tree, List.copyOf(occurrences));
    }

    private static boolean tooDeep(List<Token> tokens) {
        int depth = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case MarshallLexer.LPAREN, MarshallLexer.LBRACK, MarshallLexer.LBRACE -> {
                    if (++depth > MAX_NESTING) return true;
                }
                case MarshallLexer.RPAREN, MarshallLexer.RBRACK, MarshallLexer.RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return false;
    }

    /** The name at an offset (the caret just after a name still counts), or null. */
    Occurrence occurrenceAt(int offset) {
        for (Occurrence o : occurrences) if (o.contains(offset)) return o;
        return null;
    }

    /** The default-channel token that contains or ends at {@code offset}, or null. */
    Token tokenAt(int offset) {
        Token found = null;
        for (Token t : tokens) {
            if (t.getType() == Token.EOF || t.getStartIndex() > offset) break;
            if (t.getChannel() == Token.DEFAULT_CHANNEL && offset >= t.getStartIndex() && offset <= t.getStopIndex() + 1) found = t;
        }
        return found;
    }

    private static void collect(ParseTree node, List<Occurrence> out) {
        if (node instanceof MarshallParser.IdentContext ident && ident.getStart() != null && ident.exception == null) {
            Token t = ident.getStart();
            if (t.getType() != Token.EOF && t.getStopIndex() >= t.getStartIndex()) {
                out.add(new Occurrence(t.getText(), t.getStartIndex(), t.getStopIndex() + 1, role(ident),
                        enclosingDeclaration(ident), enclosingFunction(ident)));
            }
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) collect(node.getChild(i), out);
    }

    private static Role role(MarshallParser.IdentContext ident) {
        ParserRuleContext parent = ident.getParent();
        if (parent instanceof MarshallParser.PropertyContext p && p.name == ident) return Role.PROPERTY;
        if (parent instanceof MarshallParser.AllowDeclContext) return Role.CODE;
        if (parent instanceof MarshallParser.ParamDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.ClusterDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.ActorDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.NetworkDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.InterventionDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.IndicatorDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.MilestoneDeclContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.FnDeclContext) return Role.DECLARATION;   // its name and its parameters
        if (parent instanceof MarshallParser.EnumDeclContext) return Role.DECLARATION;
        if (parent instanceof MarshallParser.EnumMemberContext p && p.name == ident) return Role.DECLARATION;
        if (parent instanceof MarshallParser.StateDeclContext p && p.name == ident) return Role.DECLARATION;
        return Role.REFERENCE;
    }

    /** The keyword of the declaration around a node ("intervention"), or "" at top level. */
    static String enclosingDeclaration(ParserRuleContext node) {
        for (ParserRuleContext c = node.getParent(); c != null; c = c.getParent()) {
            if (c instanceof MarshallParser.DeclarationContext d && d.getStart() != null) return d.getStart().getText();
        }
        return "";
    }

    private static MarshallParser.FnDeclContext enclosingFunction(ParserRuleContext node) {
        for (ParserRuleContext c = node.getParent(); c != null; c = c.getParent()) {
            if (c instanceof MarshallParser.FnDeclContext f) return f;
        }
        return null;
    }

    /** Whether a fn declares {@code name} as one of its parameters. */
    static boolean isParameter(MarshallParser.FnDeclContext function, String name) {
        if (function == null) return false;
        for (MarshallParser.IdentContext p : function.params) if (p.getText().equals(name)) return true;
        return false;
    }
}
