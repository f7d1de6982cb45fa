package dev.marshall.diagnostics.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import org.junit.jupiter.api.Test;

class SourceExcerptTest {

    private static SourceExcerpt excerpt(String text, int start, int end) {
        return SourceExcerpt.of(new Span(SourceFile.ofString("t.marshall", text), start, end));
    }

    /** The characters the carets stand under, read back from the displayed line. */
    private static String underlined(SourceExcerpt e) {
        int[] codePoints = e.line().codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int i = e.caretStart(); i < e.caretStart() + e.caretWidth() && i < codePoints.length; i++) out.appendCodePoint(codePoints[i]);
        return out.toString();
    }

    @Test
    void underlinesTheSpanOnItsLine() {
        SourceExcerpt e = excerpt("first\nsecond line\nthird", 13, 17);
        assertEquals("second line", e.line());
        assertEquals("line", underlined(e));
    }

    @Test
    void zeroWidthSpanAtTheEndOfALineGetsOneCaretAfterIt() {
        SourceExcerpt e = excerpt("abc\n", 3, 3);
        assertEquals("abc", e.line());
        assertEquals(3, e.caretStart());
        assertEquals(1, e.caretWidth());
    }

    @Test
    void emptyFileShowsAnEmptyLineAndOneCaret() {
        SourceExcerpt e = excerpt("", 0, 0);
        assertEquals("", e.line());
        assertEquals(0, e.caretStart());
        assertEquals(1, e.caretWidth());
    }

    @Test
    void spanOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
        SourceExcerpt e = excerpt("ab {\n  x\n}\n", 3, 10);
        assertEquals("ab {", e.line());
        assertEquals("{", underlined(e));
    }

    @Test
    void windowsLineEndingsAreNotShown() {
        SourceExcerpt e = excerpt("one\r\ntwo\r\n", 5, 8);
        assertEquals("two", e.line());
        assertEquals("two", underlined(e));
    }

    @Test
    void tabsBecomeFourSpacesAndCaretsFollow() {
        SourceExcerpt e = excerpt("\t\tx = 1", 2, 3);
        assertEquals("        x = 1", e.line());
        assertEquals(8, e.caretStart());
    }

    @Test
    void controlCharactersAreShownAsSymbolsNeverSentToTheTerminal() {
        SourceExcerpt e = excerpt("a\u0000b\u001b[31mc\u202Ed", 1, 2);
        assertEquals("a\u2400b\u241b[31mc\uFFFDd", e.line());
        assertEquals("\u2400", underlined(e));
        assertEquals("x\u240a\u2400y", SourceExcerpt.sanitize("x\n\u0000y"));
    }

    @Test
    void astralCharactersCountAsOneColumn() {
        String text = "\uD83D\uDE00 = bad";   // an emoji, then " = bad"
        SourceExcerpt e = excerpt(text, text.indexOf("bad"), text.length());
        assertEquals(4, e.caretStart());
        assertEquals("bad", underlined(e));
    }

    @Test
    void aHugeLineIsCutToAWindowAroundTheSpan() {
        int size = 10_000_000;
        StringBuilder text = new StringBuilder(size + 10);
        text.append("x".repeat(size / 2)).append("HERE").append("y".repeat(size / 2));
        SourceExcerpt e = excerpt(text.toString(), size / 2, size / 2 + 4);
        assertTrue(e.line().length() <= SourceExcerpt.MAX_WIDTH + 6, "shown " + e.line().length() + " characters");
        assertTrue(e.line().startsWith("...") && e.line().endsWith("..."), e.line());
        assertEquals("HERE", underlined(e));
    }

    @Test
    void aLongLineWithTheSpanNearItsStartIsCutOnlyOnTheRight() {
        String text = "ab" + "c".repeat(500);
        SourceExcerpt e = excerpt(text, 0, 2);
        assertFalse(e.line().startsWith("..."));
        assertTrue(e.line().endsWith("..."));
        assertEquals("ab", underlined(e));
    }
}
