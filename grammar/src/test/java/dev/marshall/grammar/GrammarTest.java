package dev.marshall.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar alone, without the interpreter: what lexes as what, and what parses. */
class GrammarTest {

    private static List<String> tokens(String text) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        return lexer.getAllTokens().stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL)
                .map(t -> MarshallLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + t.getText())
                .collect(Collectors.toList());
    }

    private static int syntaxErrors(String text) {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        MarshallParser parser = new MarshallParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.programmeFile();
        return parser.getNumberOfSyntaxErrors();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2027-01       | DATE:2027-01",
        "0..firms      | NUMBER:0 DOTDOT:.. IDENT:firms",
        "0.20..1       | NUMBER:0.20 DOTDOT:.. NUMBER:1",
        "12%           | NUMBER:12 PERCENT:%",
        "1_200_000 EUR | NUMBER:1_200_000 UPPER3:EUR",
        "4 months      | NUMBER:4 MONTHS:months",
        "month 9       | MONTH:month NUMBER:9",
        "x += 1e3      | IDENT:x PLUS_ASSIGN:+= NUMBER:1e3",
        "2027 - 1      | NUMBER:2027 MINUS:- NUMBER:1",
    })
    void lexes(String text, String expected) {
        assertEquals(expected, String.join(" ", tokens(text)));
    }

    @Test
    void docCommentsGoToTheirOwnChannel() {
        MarshallLexer lexer = new MarshallLexer(CharStreams.fromString("/// doc\n// plain\nparam x = 1"));
        List<? extends Token> all = lexer.getAllTokens();
        assertEquals(MarshallLexer.DOC_COMMENT, all.get(0).getType());
        assertEquals(MarshallLexer.DOC, all.get(0).getChannel());
        // Plain comments are hidden from the parser but kept in the stream for the formatter.
        assertEquals(MarshallLexer.LINE_COMMENT, all.get(1).getType());
        assertEquals(Token.HIDDEN_CHANNEL, all.get(1).getChannel());
        assertEquals(MarshallLexer.PARAM, all.get(2).getType());
    }

    @Test
    void errorTokensNeverStopTheLexer() {
        assertEquals(List.of("UNTERMINATED_STRING:\"abc"), tokens("\"abc"));
        assertEquals(List.of("PARAM:param"), tokens("param /* never closed"));
        assertEquals(List.of("PARAM:param", "IDENT:x"), tokens("param /* closed */ x /* and * / not ** this **"));
        assertEquals(List.of("PARAM:param"), tokens("param /*/"));
        assertEquals(List.of("IDENT:a", "IDENT:b"), tokens("a \u0000 # b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // newlines are not significant; ';' may separate members on one line
        "cluster c { firms = 3; state s = 0 in 0..firms }",
        "cluster c {\n firms = 3\n state s = 0\n in 0..firms\n}",
        // soft keywords as property names and values
        "intervention i : skills { in = c; risk = high; start = month 1 }",
        "indicator k : output { every = month; target = 50 by month 24 }",
        // precedence and statements
        "intervention i : skills { each month { if a > 1 and not b { x += -2 * (y - 1) } else if c { x = 0 } else { x -= 1 } } }",
        "milestone m \"M\" { due = month 6; when = count(r.s >= 0.5) >= 2 or g.reached }",
        "fn saturating(x, k) = if x < 0 then 0 else x / (x + k)",
        "native fn normal(mean, sd)",
        "enum period { month \"Monthly\" = 1; quarter = 3 }",
        "priorities { inclusiveness over growth depth over breadth }",
        "risk \"r\" mitigation \"m\"\nassumption \"a\"\nallow A05 \"reason\"",
        "use std.unido\nuse \"lib/common.marshall\"",
    })
    void parses(String text) {
        assertEquals(0, syntaxErrors(text), text);
    }

    @Test
    void recoversAndReportsEveryIndependentError() {
        assertEquals(2, syntaxErrors("param = 3\nparam ok = 1\ncluster c { firms = = 3 }\n"));
    }

    @Test
    void theNormativeExampleParses() throws IOException {
        Path sialkot = Path.of("../examples/src/test/resources/spec/sialkot.marshall");
        assertEquals(0, syntaxErrors(Files.readString(sialkot)));
    }
}
