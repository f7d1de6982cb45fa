package dev.marshall.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The sketch's quantiles against the exact nearest-rank ones, its merging, and its size. */
class ValueSketchTest {
    private static final double[] QS = {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99};

    @Test
    void bucketsFollowTheOrderOfValues() {
        double[] values = {Double.NEGATIVE_INFINITY, -1e300, -3.5, -1, -1e-300, -0.0, 0.0, 1e-300, 1, 1.0009, 1.002, 3.5, 1e300,
                Double.POSITIVE_INFINITY};
        for (int i = 1; i < values.length; i++) {
            assertTrue(ValueSketch.bucket(values[i - 1]) <= ValueSketch.bucket(values[i]), values[i - 1] + " then " + values[i]);
        }
        assertTrue(ValueSketch.bucket(1.0) < ValueSketch.bucket(1.0 + 2 * ValueSketch.RELATIVE_ERROR), "a bucket is narrower than 2^-9");
    }

    @Test
    void fewDistinctValuesGiveExactQuantiles() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[5_001];
        for (int i = 0; i < values.length; i++) values[i] = random.nextInt(40) - 10; // whole numbers, zero and negatives
        values[7] = Double.NaN;
        ValueSketch sketch = sketchOf(values);
        for (double q : QS) assertEquals(Quantiles.of(values, q), sketch.quantile(q), "q = " + q);
        assertEquals(5_000, sketch.count());
        assertTrue(Double.isNaN(new ValueSketch().quantile(0.5)));
    }

    @Test
    void quantilesAreWithinTheErrorBound() {
        SplittableRandom random = new SplittableRandom(11);
        check(() -> 200_000_000 + 3_000_000 * random.nextGaussian());
        check(() -> Math.exp(3 * random.nextGaussian()));
        check(() -> random.nextDouble() < 0.3 ? 0 : 17.5 * random.nextGaussian());
        check(() -> 0.5 + random.nextGaussian()); // crosses zero: values down to ~1e-5 share the near-zero bucket
        check(() -> 1e-3 * random.nextGaussian() + (random.nextInt(100) == 0 ? 1e9 : 0)); // a few huge values
    }

    @Test
    void mergingInAnyOrderGivesTheSameSketch() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[30_000];
        // Crossing zero, and a block whose largest value raises the floor of the near-zero bucket late.
        for (int i = 0; i < values.length; i++) values[i] = 5 + 10 * random.nextGaussian() + (i == 29_500 ? 1e6 : 0);
        ValueSketch whole = sketchOf(values);
        ValueSketch forwards = new ValueSketch();
        ValueSketch backwards = new ValueSketch();
        for (int block = 0; block < 30; block++) {
            forwards.merge(sketchOf(Arrays.copyOfRange(values, block * 1000, block * 1000 + 1000)));
            backwards.merge(sketchOf(Arrays.copyOfRange(values, (29 - block) * 1000, (29 - block) * 1000 + 1000)));
        }
        for (double q : QS) {
            assertEquals(whole.quantile(q), forwards.quantile(q));
            assertEquals(whole.quantile(q), backwards.quantile(q));
        }
        assertEquals(whole.buckets(), backwards.buckets());
    }

    /** Memory is bounded by the spread of the values: ten times the values does not mean ten times the buckets. */
    @Test
    void sizeDoesNotGrowWithTheNumberOfValues() {
        SplittableRandom random = new SplittableRandom(9);
        ValueSketch sketch = new ValueSketch();
        int[] bucketsAt = new int[3];
        int n = 0;
        for (int step = 0; step < 3; step++) {
            for (int target = (int) Math.pow(10, step + 4); n < target; n++) sketch.add(Math.max(1, 100 + 15 * random.nextGaussian()));
            bucketsAt[step] = sketch.buckets();
        }
        // Values within [1, 200) span 8 binades: at most 8 × 1 024 buckets, however many values.
        assertTrue(bucketsAt[2] <= 8 * 1024, "buckets at 10^6 values: " + bucketsAt[2]);
        assertTrue(bucketsAt[2] < 1.5 * bucketsAt[1], "10^5 → 10^6 values: " + bucketsAt[1] + " → " + bucketsAt[2]);
    }

    private static void check(DoubleSupplier draw) {
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) values[i] = draw.getAsDouble();
        ValueSketch sketch = sketchOf(values);
        double largest = Arrays.stream(values).map(Math::abs).max().orElseThrow();
        for (double q : QS) {
            double exact = Quantiles.of(values, q);
            double got = sketch.quantile(q);
            // Near zero (more than 12 binades below the largest magnitude) the bound is relative to the largest.
            double bound = Math.abs(exact) >= largest / 4096 ? ValueSketch.RELATIVE_ERROR * Math.abs(exact)
                    : ValueSketch.NEAR_ZERO_ERROR * largest;
            assertTrue(Math.abs(got - exact) <= bound, "q = " + q + ": " + got + " vs exact " + exact);
        }
        assertTrue(sketch.buckets() <= ValueSketch.MAX_BUCKETS, sketch.buckets() + " buckets");
    }

    private static ValueSketch sketchOf(double[] values) {
        ValueSketch s = new ValueSketch();
        for (double v : values) s.add(v);
        return s;
    }
}
