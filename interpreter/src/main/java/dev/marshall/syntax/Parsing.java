package dev.marshall.syntax;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallLexer;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/**
 * Lexes and parses one source file. Syntax errors are reported (E001) and the
 * parser recovers, so one run lists every independent error. Error tokens of
 * the lexer get their own codes (E002 unterminated string, E003 unterminated
 * comment, E004 stray character). Input nested deeper than {@link #MAX_NESTING}
 * brackets is refused before parsing (E006): a recursive-descent parser would
 * otherwise exhaust its stack.
 */
public final class Parsing {
    public static final int MAX_NESTING = 200;

    private Parsing() {}

    /** A parsed file: its tree (null when it was refused) and its tokens, for doc comments. */
    public record Parsed(SourceFile source, MarshallParser.ProgrammeFileContext tree, CommonTokenStream tokens) {

        /** The doc comment (///) written right before a declaration or member, without the slashes. */
        public String docBefore(ParserRuleContext ctx) {
            if (ctx == null || ctx.start == null || ctx.start.getTokenIndex() < 0) return "";
            List<Token> hidden = tokens.getHiddenTokensToLeft(ctx.start.getTokenIndex(), MarshallLexer.DOC);
            if (hidden == null || hidden.isEmpty()) return "";
            StringBuilder out = new StringBuilder();
            for (Token t : hidden) {
                String line = t.getText().substring(3);
                if (line.startsWith(" ")) line = line.substring(1);
                if (!out.isEmpty()) out.append('\n');
                out.append(line.stripTrailing());
            }
            return out.toString().strip();
        }
    }

    public static Parsed parse(SourceFile source, DiagnosticSink sink) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(source.text(), source.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!reportLexicalErrors(source, tokens.getTokens(), sink)) return new Parsed(source, null, tokens);

        // Two stages, as ANTLR recommends: the fast SLL mode parses almost every file; only a file it
        // cannot handle (an error, or a true ambiguity) is parsed again in full LL mode with recovery.
        MarshallParser parser = new MarshallParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return new Parsed(source, parser.programmeFile(), tokens);
        } catch (ParseCancellationException slow) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new SyntaxErrors(source, sink));
            return new Parsed(source, parser.programmeFile(), tokens);
        }
    }

    /** Reports error tokens; returns false when the file must not be parsed (too deeply nested). */
    private static boolean reportLexicalErrors(SourceFile source, List<Token> tokens, DiagnosticSink sink) {
        int depth = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            switch (t.getType()) {
                case MarshallLexer.NUMBER -> dropDanglingDecimalPoint(source, tokens, k, sink);
                case MarshallLexer.UNTERMINATED_STRING -> sink.report("E002", span(source, t));
                case MarshallLexer.UNTERMINATED_COMMENT -> sink.report("E003", Span.at(source, t.getStartIndex()).to(new Span(source, t.getStartIndex(), t.getStartIndex() + 2)));
                case MarshallLexer.BAD_CHARACTER -> sink.report("E004", span(source, t), describe(t.getText()));
                case MarshallLexer.STRING, MarshallLexer.DOC_COMMENT -> reportCharactersXmlCannotCarry(source, t, sink);
                case MarshallLexer.LPAREN, MarshallLexer.LBRACK, MarshallLexer.LBRACE -> {
                    if (++depth > MAX_NESTING) {
                        if (t.getType() == MarshallLexer.LBRACE) {
                            sink.report("E006", span(source, t), MAX_NESTING, "blocks { … }",
                                    "a block needs only a few levels (a declaration, each month, if … else): close the blocks that are left open");
                        } else {
                            sink.report("E006", span(source, t), MAX_NESTING, "brackets ( … ) and [ … ]", "split the expression with a fn or a param");
                        }
                        return false;
                    }
                }
                case MarshallLexer.RPAREN, MarshallLexer.RBRACK, MarshallLexer.RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return true;
    }

    /**
     * {@code 5.} is a number whose decimal part is missing, not a member access: said where it is
     * written (E005), and the point is hidden from the parser, which would otherwise report a missing
     * name wherever the next token happens to be (often the end of the file).
     */
    private static void dropDanglingDecimalPoint(SourceFile source, List<Token> tokens, int k, DiagnosticSink sink) {
        Token number = tokens.get(k);
        if (k + 1 >= tokens.size()) return;
        Token dot = tokens.get(k + 1);
        if (dot.getType() != MarshallLexer.DOT || dot.getStartIndex() != number.getStopIndex() + 1) return;
        if (k + 2 < tokens.size() && tokens.get(k + 2).getType() == MarshallLexer.IDENT) return;
        sink.report("E005", new Span(source, number.getStartIndex(), dot.getStopIndex() + 1), number.getText() + ".")
                .hint("write " + number.getText() + " or " + number.getText() + ".0");
        if (dot instanceof org.antlr.v4.runtime.WritableToken w) w.setChannel(Token.HIDDEN_CHANNEL);
    }

    /**
     * Strings and doc comments reach every output, XML included (IATI, the HTML report). XML 1.0 cannot
     * carry a control character other than tab, newline and carriage return, nor U+FFFE/U+FFFF, not even
     * escaped: such a character is refused here (E004, the first of each string) rather than replaced
     * silently in some formats and not others.
     */
    private static void reportCharactersXmlCannotCarry(SourceFile source, Token t, DiagnosticSink sink) {
        String text = t.getText();
        // Token indices count code points, as the lexer reads them.
        for (int i = 0, codePoint = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), codePoint++) {
            int c = text.codePointAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                int at = t.getStartIndex() + codePoint;
                boolean string = t.getType() == MarshallLexer.STRING;
                sink.report("E004", new Span(source, at, at + 1), describe(Character.toString(c)))
                        .hint("remove it: " + (string ? "a string" : "a doc comment") + " may not hold control characters (other than tab)"
                                + " or U+FFFE/U+FFFF, which XML outputs cannot carry" + (string ? "; write \\n or \\t for a new line or a tab" : ""));
                return;
            }
        }
    }

    private static String describe(String text) {
        int c = text.codePointAt(0);
        if (c == 0) return "NUL (U+0000)";
        if (Character.isISOControl(c) || Character.isWhitespace(c) || c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) return String.format("U+%04X", c);
        return "'" + text + "'" + String.format(" (U+%04X)", c);
    }

    public static Span span(SourceFile source, Token t) {
        if (t.getType() == Token.EOF) return Span.at(source, source.text().length());
        return new Span(source, t.getStartIndex(), t.getStopIndex() + 1);
    }

    /** {@code {a string, a string}} → {@code a string}; {@code {a name, a name, '('}} → {@code {a name, '('}}. */
    static String dedupeSets(String message) {
        int open = message.indexOf('{');
        int close = open < 0 ? -1 : message.indexOf('}', open);
        if (close < 0) return message;
        java.util.LinkedHashSet<String> items = new java.util.LinkedHashSet<>(List.of(message.substring(open + 1, close).split(", ")));
        String set = items.size() == 1 ? items.iterator().next() : "{" + String.join(", ", items) + "}";
        return message.substring(0, open) + set + message.substring(close + 1);
    }

    /** Turns ANTLR's messages into Marshall's: token names in the words users write. */
    private static final class SyntaxErrors extends BaseErrorListener {
        private final SourceFile source;
        private final DiagnosticSink sink;

        SyntaxErrors(SourceFile source, DiagnosticSink sink) {
            this.source = source;
            this.sink = sink;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String message, RecognitionException e) {
            Span where = offendingSymbol instanceof Token t ? span(source, t)
                    : Span.at(source, source.offsetOf(line, column + 1));
            sink.report("E001", where, humanize(message, recognizer.getVocabulary()));
        }

        /** Each token's name in ANTLR's messages → the words users write, by vocabulary (one per grammar). */
        private static final Map<Vocabulary, TokenWords> WORDS = new ConcurrentHashMap<>();

        /**
         * Token names, sorted, beside the words users write for them. Looked up by binary search, not
         * in a {@code Map}: a message names up to a hundred tokens, and a coverage-guided fuzzer traces
         * every {@code Map} lookup made from Marshall's code by comparing the key with the map's keys,
         * which made putting messages in users' words a quarter of the fuzzing target's time.
         */
        private record TokenWords(String[] names, String[] words) {
            String wordFor(String name) {
                int at = java.util.Arrays.binarySearch(names, name);
                return at >= 0 ? words[at] : name;
            }
        }

        private static TokenWords words(Vocabulary vocabulary) {
            java.util.TreeMap<String, String> words = new java.util.TreeMap<>();
            for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
                String symbolic = vocabulary.getSymbolicName(type);
                String literal = vocabulary.getLiteralName(type);
                if (symbolic == null) continue;
                words.putIfAbsent(symbolic, literal != null ? literal : switch (symbolic) {
                    case "IDENT", "UPPER3" -> "a name";
                    case "UNTERMINATED_STRING" -> "a string";
                    case "NUMBER" -> "a number";
                    case "STRING" -> "a string";
                    case "DATE" -> "a date";
                    default -> symbolic.toLowerCase(java.util.Locale.ROOT);
                });
            }
            return new TokenWords(words.keySet().toArray(String[]::new), words.values().toArray(String[]::new));
        }

        /**
         * Replaces every whole word of the message that names a token. One pass over the message:
         * a regular expression per token type and message made a file with many syntax errors
         * slow to check (and was most of the fuzzing target's time).
         */
        private static String inUsersWords(String message, TokenWords words) {
            StringBuilder out = new StringBuilder(message.length());
            int i = 0;
            while (i < message.length()) {
                if (!isWordChar(message.charAt(i))) {
                    out.append(message.charAt(i++));
                    continue;
                }
                int end = i;
                while (end < message.length() && isWordChar(message.charAt(end))) end++;
                String word = message.substring(i, end);
                out.append(words.wordFor(word));
                i = end;
            }
            return out.toString();
        }

        /** A character of a word, as {@code \w} and {@code \b} see it (ASCII letters, digits, underscore). */
        private static boolean isWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }

        private static String humanize(String message, Vocabulary vocabulary) {
            String m = message.replace("<EOF>", "end of file").replace("'\\n'", "end of line");
            if (m.startsWith("extraneous input")) m = "unexpected " + m.substring("extraneous input ".length());
            if (m.startsWith("mismatched input")) m = "unexpected " + m.substring("mismatched input ".length());
            if (m.startsWith("no viable alternative at input")) m = "cannot read " + m.substring("no viable alternative at input ".length());
            m = inUsersWords(m, WORDS.computeIfAbsent(vocabulary, SyntaxErrors::words));
            m = m.replace(" expecting", ", expected");
            m = dedupeSets(m);
            // A long list of what could come next helps nobody; name the culprit only.
            int open = m.indexOf('{');
            if (open >= 0 && m.indexOf('}', open) > 0 && m.substring(open, m.indexOf('}', open)).split(",").length > 4) {
                String set = m.substring(open, m.indexOf('}', open) + 1);
                if (m.startsWith("missing")) m = m.replace("missing " + set + " at", "something is missing before");
                else m = m.replace(", expected " + set, "");
            }
            return m.replace("expected a name, a name", "expected a name");
        }
    }
}
