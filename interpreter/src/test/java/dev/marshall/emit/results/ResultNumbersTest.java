package dev.marshall.emit.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How {@link ResultJson} (and so {@link ResultCsv}) writes a number: exact, plain below 1e15, the same every time. */
class ResultNumbersTest {

    @Test
    void wholeNumbersHaveNoFractionAndOthersNoExponentBelow1e15() {
        assertEquals("6", ResultJson.number(6.0));
        assertEquals("1200000", ResultJson.number(1_200_000.0));
        assertEquals("0", ResultJson.number(-0.0));
        assertEquals("183815436.77968198", ResultJson.number(1.8381543677968198E8));
        assertEquals("0.05", ResultJson.number(0.05));
        assertEquals("0.00001", ResultJson.number(1e-5));
        assertEquals("-0.0001234", ResultJson.number(-1.234e-4));
        assertEquals("123456789012345.6", ResultJson.number(123456789012345.6));
        assertEquals("1.0E-8", ResultJson.number(1e-8), "tiny magnitudes keep the exponent");
        assertEquals("1.0E15", ResultJson.number(1e15), "so do huge ones");
        assertEquals("null", ResultJson.number(Double.NaN));
        assertEquals("null", ResultJson.number(null));
    }

    @Test
    void everyNumberReadsBackAsTheSameDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double d = Math.scalb(random.nextDouble(1, 2), random.nextInt(-40, 60)) * (random.nextBoolean() ? 1 : -1);
            String text = ResultJson.number(d);
            assertEquals(d, Double.parseDouble(text), text);
            if (Math.abs(d) >= 1e-7 && Math.abs(d) < 1e15) assertFalse(text.contains("E"), text);
        }
    }
}
