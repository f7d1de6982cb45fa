package dev.marshall.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The histogram's quantiles and counts are exactly those of the months themselves. */
class MonthHistogramTest {

    @Test
    void sameAsSortingEveryMonth() {
        SplittableRandom random = new SplittableRandom(2);
        for (int never : new int[] {0, 30, 60, 95}) {
            int[] months = new int[1_001];
            MonthHistogram h = new MonthHistogram(24);
            MonthHistogram firstHalf = new MonthHistogram(24);
            MonthHistogram secondHalf = new MonthHistogram(24);
            for (int r = 0; r < months.length; r++) {
                months[r] = random.nextInt(100) < never ? 0 : 1 + random.nextInt(24);
                h.add(months[r]);
                (r % 2 == 0 ? firstHalf : secondHalf).add(months[r]);
            }
            secondHalf.merge(firstHalf);
            for (double q : new double[] {0.1, 0.5, 0.9, 1.0}) {
                assertEquals(Quantiles.ofMonths(months, q), h.quantile(q), "never " + never + "%, q " + q);
                assertEquals(h.quantile(q), secondHalf.quantile(q));
            }
            long byTwelve = java.util.Arrays.stream(months).filter(m -> m != 0 && m <= 12).count();
            assertEquals(byTwelve, h.byMonth(12));
            assertEquals(java.util.Arrays.stream(months).filter(m -> m == 0).count(), h.never());
            assertEquals(25, h.slots());
        }
    }
}
