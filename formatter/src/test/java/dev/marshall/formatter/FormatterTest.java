package dev.marshall.formatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the layout one at a time, refusal, line ends and range formatting. */
class FormatterTest {

    private static String format(String text) {
        FormatResult result = Formatter.format(text);
        assertFalse(result.refused(), () -> "refused: " + result.problems());
        return result.text();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "param x = \"never closed\n",
        "param x = 1 /* never closed\n",
        "param x = 1 # 2\n",
        "param = 3\n",
        "cluster c { firms = }\n",
        "programme \"x\" {\n  country = \"y\"\n",
    })
    void textWithSyntaxErrorsIsRefusedNotRewritten(String text) {
        FormatResult result = Formatter.format(text);
        assertTrue(result.refused(), text);
        assertNull(result.text());
        assertFalse(result.problems().isEmpty());
        assertTrue(result.problems().get(0).line() >= 1 && result.problems().get(0).column() >= 1);
    }

    @Test
    void nestingDeeperThanTheCheckerAcceptsIsRefusedWithoutRecursion() {
        String text = "param x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "\n";
        FormatResult result = Formatter.format(text);
        assertTrue(result.refused());
        assertTrue(result.problems().get(0).message().contains("nested"), result.problems().toString());
    }

    @Test
    void emptyTextAndCommentOnlyText() {
        assertEquals("", format(""));
        assertEquals("", format("\n\n  \n"));
        assertEquals("// only a comment\n", format("\n\n   // only a comment   \n\n"));
    }

    @Test
    void aFileWrittenWithCrlfKeepsCrlf() {
        assertEquals("param a  = 1\r\nparam bb = 2\r\n", format("param a = 1\r\nparam bb = 2\r\n"));
        assertEquals("param a = 1\n", format("param a = 1"));
    }

    @Test
    void operatorsGetOneSpaceAndUnitsStayWithTheirNumber() {
        assertEquals("param x = -a * (b + 2) / c.d - f(1, 2) >= 3% and not g\n",
                format("param x=-a*(b+2)/c . d-f( 1 ,2 )>=3 % and not g"));
        assertEquals("param y = if a then 40_000 EUR else 4 months\n", format("param y=if a then 40_000EUR else 4months"));
    }

    @Test
    void blankLinesAreKeptOnceAndAroundBlocksAlways() {
        assertEquals("param a = 1\n\nparam b = 2\nparam c = 3\n\ncluster x {\n  firms = 1\n}\n\nparam d = 4\n",
                format("param a = 1\n\n\n\nparam b = 2\nparam c = 3\ncluster x {\n\n  firms = 1\n\n}\nparam d = 4\n"));
    }

    @Test
    void aOneLineBlockStaysOnOneLineOnlyWhenItFits() {
        assertEquals("actor a : ngo { employer = \"x\" }\n", format("actor a : ngo {employer=\"x\"}"));
        assertEquals("actor a : ngo {\n  employer = \"x\"\n}\n", format("actor a : ngo {\nemployer=\"x\" }"));
        String wide = "actor a : ngo { employer = \"" + "x".repeat(90) + "\" }";
        assertEquals("actor a : ngo {\n  employer = \"" + "x".repeat(90) + "\"\n}\n", format(wide));
    }

    @Test
    void assignmentOperatorsAlignOnTheRight() {
        assertEquals("cluster c {\n  each month {\n    trust += 1\n    x      = 2\n  }\n}\n",
                format("cluster c { firms = 1\n each month {\n trust += 1\n x = 2\n }\n }").replace("  firms = 1\n", ""));
    }

    @Test
    void everyCommentIsKeptInOrder() {
        String text = "/*a*/ param /*b*/ x /*c*/ = /*d*/ 1 /*e*/ // f\n// g\n/// h\nparam y = [ // i\n 1 /*j*/, 2 ] // k\n/*l*/";
        String formatted = format(text);
        List<String> comments = List.of("/*a*/", "/*b*/", "/*c*/", "/*d*/", "/*e*/", "// f", "// g", "/// h", "// i", "/*j*/", "// k", "/*l*/");
        int from = 0;
        for (String comment : comments) {
            int at = formatted.indexOf(comment, from);
            assertTrue(at >= from, comment + " missing or out of order in:\n" + formatted);
            from = at + comment.length();
        }
        assertEquals(formatted, format(formatted));
    }

    @Test
    void rangeFormattingReplacesOnlyTheDeclarationsTouched() {
        String text = "param a=1\n\ncluster   c {\nfirms=1\n  state s=0 in 0..1 }\n\nparam   b =2\n";
        Formatter.RangeFormat range = Formatter.formatLines(text, 4, 4);
        assertEquals(List.of(new LineEdit(3, 5, "cluster c {\n  firms = 1\n  state s = 0 in 0..1\n}\n")), range.edits());
        assertEquals(List.of(), Formatter.formatLines(text, 2, 2).edits(), "a blank line touches no declaration");
        assertEquals(List.of(new LineEdit(1, 1, "param a = 1\n")), Formatter.formatLines(text, 1, 1).edits());
        assertEquals(List.of(), Formatter.formatLines("param a = 1\n", 1, 1).edits(), "nothing to change");
        assertFalse(Formatter.formatLines("param = 1\n", 1, 1).problems().isEmpty());
    }

    @Test
    void rangeFormattingTakesWholeLinesWhenDeclarationsShareOne() {
        String text = "param a=1 param b=2\nparam c=3\n";
        assertEquals(List.of(new LineEdit(1, 1, "param a = 1\nparam b = 2\n")), Formatter.formatLines(text, 1, 1).edits());
    }
}
