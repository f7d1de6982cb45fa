package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.emit.text.Csv;
import dev.marshall.emit.text.ExprText;
import dev.marshall.emit.text.Markdown;
import dev.marshall.emit.text.Quantities;
import dev.marshall.model.Expr;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Type;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers, expressions and escaping as the documents show them. */
class TextFormattingTest {

    @Test
    void moneyIsShownToTheCentAndWholeAmountsWithoutDecimals() {
        assertEquals("85,043.48 USD", Quantities.money(85_043.4782609, "USD"));
        assertEquals("555.56 USD", Quantities.money(15_000.0 / 27, "USD"));
        assertEquals("1,234.50 EUR", Quantities.money(1_234.5, "EUR"));
        assertEquals("16,000 USD", Quantities.money(16_000, "USD"));
        assertEquals("1,200,000 EUR", Quantities.money(1_200_000, "EUR"));
        assertEquals("0 EUR", Quantities.money(-0.001, "EUR"));
        assertEquals("-2,500.25 EUR", Quantities.money(-2_500.25, "EUR"));
    }

    @Test
    void declaredNumbersAreExactAndGrouped() {
        assertEquals("1,200,000", Quantities.number(1_200_000));
        assertEquals("0.035", Quantities.number(0.035));
        assertEquals("0", Quantities.number(-0.0));
        assertEquals("1,450 EUR", Quantities.of(1_450, new IndicatorUnit("EUR", Type.money("EUR"), false)));
        assertEquals("3%", Quantities.of(0.03, new IndicatorUnit("percent", Type.NUMBER, true)));
        assertEquals("50 firms", Quantities.of(50, new IndicatorUnit("firms", Type.NUMBER, false)));
        assertEquals("12", Quantities.of(12, IndicatorUnit.NUMBER));
    }

    @Test
    void simulatedCountsAreWholeNumbers() {
        IndicatorUnit firms = new IndicatorUnit("firms", Type.NUMBER, false);
        assertTrue(firms.counts());
        assertFalse(new IndicatorUnit("index", Type.NUMBER, false).counts());
        assertFalse(new IndicatorUnit("km", Type.NUMBER, false).counts());
        assertFalse(IndicatorUnit.NUMBER.counts());
        assertEquals("238 firms", Quantities.approxOf(238.065, firms));
        assertEquals("47 firms", Quantities.approxOf(46.79, firms));
        assertEquals("0 – 3 firms", Quantities.approxRange(0.2, 2.5, firms));
        assertEquals("182,300 firms", Quantities.approxOf(182_345.6, firms));
        assertEquals("47", Quantities.plainApproxOf(46.79, firms));
        assertEquals("0", Quantities.plainApproxOf(-0.2, firms));
        assertEquals("46.79", Quantities.plainApproxOf(46.79, new IndicatorUnit("index", Type.NUMBER, false)));
        assertEquals("238.1", Quantities.approxOf(238.065, IndicatorUnit.NUMBER));
    }

    @Test
    void roundTakesHalvesAwayFromZero() {
        assertEquals(3.0, dev.marshall.model.WholeNumbers.round(2.5));
        assertEquals(-3.0, dev.marshall.model.WholeNumbers.round(-2.5));
        assertEquals(2.0, dev.marshall.model.WholeNumbers.round(2.4999));
        assertEquals(0.0, dev.marshall.model.WholeNumbers.round(0.49999999999999994));
        assertEquals(-0.0, dev.marshall.model.WholeNumbers.round(-0.2));
        assertTrue(Double.isNaN(dev.marshall.model.WholeNumbers.round(Double.NaN)));
    }

    @Test
    void simulatedNumbersAreRoundedToTheirMeaningfulDigits() {
        assertEquals("203,700,000", Quantities.approx(203_709_000.123));
        assertEquals("8.96%", Quantities.approxOf(0.089572, new IndicatorUnit("percent", Type.NUMBER, true)));
        assertEquals("1,520 – 1,538 EUR", Quantities.approxRange(1519.6, 1538.0, new IndicatorUnit("EUR", Type.money("EUR"), false)));
        assertEquals("182345000", Quantities.plain(182_345_012.7));
        assertEquals("0.035", Quantities.plain(0.035));
        assertEquals("", Quantities.plain(Double.NaN));
        assertEquals("180m", Quantities.compact(180_000_000));
        assertEquals("250k", Quantities.compact(250_000));
    }

    @Test
    void numbersDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,200,000.5", Quantities.number(1_200_000.5));
            assertEquals("0.5", Quantities.plain(0.5));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void expressionsAreWrittenWithOnlyTheParenthesesTheyNeed() {
        ExprText text = new ExprText(false);
        Expr trust = SialkotFixture.state("trust", 0);
        assertEquals("0.02 * (1 - trust)", text.render(SialkotFixture.mul(SialkotFixture.number(0.02),
                SialkotFixture.sub(SialkotFixture.number(1), trust))));
        assertEquals("1 - (2 - trust)", text.render(SialkotFixture.sub(SialkotFixture.number(1),
                SialkotFixture.sub(SialkotFixture.number(2), trust))));
        assertEquals("1 + 2 + trust", text.render(SialkotFixture.add(SialkotFixture.number(1),
                SialkotFixture.add(SialkotFixture.number(2), trust))));
        assertEquals("4,000 EUR", text.render(SialkotFixture.money(4_000, Type.money("EUR"))));
        assertEquals("12%", text.render(SialkotFixture.percent(0.12)));
        assertEquals("sialkot.trust", new ExprText(true).render(trust));
        assertEquals("normal(0.035, 0.01)", text.render(new Expr.Draw(Expr.Distribution.NORMAL,
                List.of(SialkotFixture.number(0.035), SialkotFixture.number(0.01)), Type.NUMBER, SialkotFixture.AT)));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = new Csv().row("plain", "a,b", "say \"hi\"", "two\nlines", "=SUM(A1)", "-3.5", " padded").toString();
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=SUM(A1),-3.5,\" padded\"\n", csv);
    }

    @Test
    void markdownEscapesUserText() {
        assertEquals("a \\| b \\*c\\* &lt;script&gt;", Markdown.text("a | b *c* <script>"));
        assertEquals("one<br>two three", Markdown.cell("one\n\ntwo\nthree"));
        assertEquals("`worker_income`", Markdown.code("worker_income"));
    }

    @Test
    void htmlEscapesEveryTextAndAttribute() {
        String html = dev.marshall.emit.html.Html.el("p", "<script>alert(1)</script> & more", "title", "\"quoted\" <b>").render();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), html);
        assertTrue(html.contains("title=\"&quot;quoted&quot; &lt;b&gt;\""), html);
    }
}
