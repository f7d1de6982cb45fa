package dev.marshall.formatter;

import dev.marshall.grammar.MarshallLexer;
import dev.marshall.grammar.MarshallParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * A text lexed with every token kept (comments included, on their hidden
 * channels) and parsed, or the reasons it cannot be formatted. The problems
 * are the formatter's own short account; the command line reports the full
 * diagnostics of the checking front end instead.
 */
record ParsedText(List<Token> tokens, MarshallParser.ProgrammeFileContext tree, List<SyntaxProblem> problems) {

    /** As deep as the checking front end accepts (its E006); deeper input is refused, not recursed into. */
    static final int MAX_NESTING = 200;

    static ParsedText parse(String text) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens();
        List<SyntaxProblem> problems = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            switch (t.getType()) {
                case MarshallLexer.UNTERMINATED_STRING -> problems.add(at(t, "unterminated string"));
                case MarshallLexer.UNTERMINATED_COMMENT -> problems.add(at(t, "unterminated comment"));
                case MarshallLexer.BAD_CHARACTER -> problems.add(at(t, "unexpected character"));
                case MarshallLexer.LPAREN, MarshallLexer.LBRACK, MarshallLexer.LBRACE -> {
                    if (++depth > MAX_NESTING) {
                        problems.add(at(t, "nested more than " + MAX_NESTING + " deep"));
                        return new ParsedText(tokens, null, problems);
                    }
                }
                case MarshallLexer.RPAREN, MarshallLexer.RBRACK, MarshallLexer.RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        // Two stages, as ANTLR recommends and as the checking front end does: the fast SLL mode parses
        // almost every file; only one it cannot handle is parsed again in full LL mode, reporting errors.
        MarshallParser parser = new MarshallParser(stream);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return new ParsedText(tokens, parser.programmeFile(), problems);
        } catch (ParseCancellationException slow) {
            stream.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
        }
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column,
                                    String message, RecognitionException e) {
                problems.add(new SyntaxProblem(line, column + 1, message));
            }
        });
        MarshallParser.ProgrammeFileContext tree = parser.programmeFile();
        return new ParsedText(tokens, tree, problems);
    }

    private static SyntaxProblem at(Token t, String message) {
        return new SyntaxProblem(t.getLine(), t.getCharPositionInLine() + 1, message);
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
