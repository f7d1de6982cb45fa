package dev.marshall.simulation;

import java.util.Arrays;

/**
 * A mergeable quantile sketch of real values (runs' indicator values and
 * spend) whose size does not grow with the number of runs.
 *
 * <p>Each value falls in a bucket named by the sign, exponent and top
 * {@value #MANTISSA_BITS} mantissa bits of its binary64 form, so a bucket
 * spans at most 2<sup>-10</sup> (about 0.1 %) of its values' magnitude, and
 * buckets follow the order of the values. A bucket keeps how many values fell
 * in it and the smallest and largest of them. The nearest-rank quantile then
 * lies in a known bucket: it is returned exactly when it is the bucket's
 * smallest or largest value (or all its values are equal), and otherwise
 * interpolated between them by rank — never further from the exact quantile
 * than the bucket is wide, i.e. within 2<sup>-10</sup> of its magnitude.
 * Values more than {@value #BINADES} binades below the largest magnitude of
 * the quantity share one bucket around zero, where the error is at most
 * 2<sup>-11</sup> of that largest magnitude ({@link #NEAR_ZERO_ERROR}); so a
 * sketch keeps at most 2 × 13 × 1 024 + 3 buckets, whatever the number of
 * runs.
 *
 * <p>Merging adds counts and takes minima and maxima, which is exact,
 * commutative and associative: the sketch does not depend on how runs were
 * spread over threads or in which order they were added. Finding a bucket
 * uses only the value's bits (no logarithm), so it is the same on every
 * platform. NaN values are left out, as in {@link Quantiles}.
 */
public final class ValueSketch {
    static final int MANTISSA_BITS = 10;
    /**
     * Values more than this many binades below the largest magnitude seen
     * share one bucket around zero: without it a quantity that crosses zero
     * would fill 1 024 buckets for every binade down to its smallest value.
     */
    static final int BINADES = 12;
    /** The bucket of the values near zero (between the negative and the positive buckets, as in value order). */
    private static final int NEAR_ZERO = 0;
    /** The largest relative distance between the returned and the exact quantile. */
    public static final double RELATIVE_ERROR = 1.0 / (1 << MANTISSA_BITS);
    /** The largest distance, relative to the quantity's largest magnitude, for a quantile in the near-zero bucket. */
    public static final double NEAR_ZERO_ERROR = 1.0 / (1 << (BINADES - 1));
    /** The most buckets a sketch keeps: both signs over the top {@link #BINADES} + 1 binades, near zero and the two infinities. */
    public static final int MAX_BUCKETS = 2 * (BINADES + 1) * (1 << MANTISSA_BITS) + 3;
    private static final int EMPTY = Integer.MIN_VALUE;

    /** Open addressing: bucket key → slot in the parallel arrays below (EMPTY: free). */
    private int[] keys = new int[64];
    private int[] slotOf = new int[64];
    private long[] counts = new long[32];
    private double[] min = new double[32];
    private double[] max = new double[32];
    private int[] bucketOfSlot = new int[32];
    private int used;
    private long total;
    /** The biased binary exponent of the largest finite magnitude added; values below {@code floor} are near zero. */
    private int largestExponent = -1;

    /** An empty sketch. */
    public ValueSketch() {
        Arrays.fill(keys, EMPTY);
    }

    /** The bucket of {@code value}: order-preserving (a larger value never gets a smaller bucket). */
    static int bucket(double value) {
        long bits = Double.doubleToRawLongBits(value);
        // Flip the magnitude bits of negative values so the long order is the value order (-0.0 just below 0.0).
        long ordered = bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
        return (int) (ordered >> (52 - MANTISSA_BITS));
    }

    /** Adds one value (NaN is left out). */
    public void add(double value) {
        if (Double.isNaN(value)) return;
        if (Double.isFinite(value)) raiseLargest(exponent(value));
        int slot = slotFor(effective(bucket(value)));
        if (counts[slot] == 0) {
            min[slot] = value;
            max[slot] = value;
        } else {
            min[slot] = Math.min(min[slot], value);
            max[slot] = Math.max(max[slot], value);
        }
        counts[slot]++;
        total++;
    }

    /** Adds every value {@code other} holds. */
    public void merge(ValueSketch other) {
        raiseLargest(other.largestExponent);
        for (int s = 0; s < other.used; s++) {
            int slot = slotFor(effective(other.bucketOfSlot[s]));
            if (counts[slot] == 0) {
                min[slot] = other.min[s];
                max[slot] = other.max[s];
            } else {
                min[slot] = Math.min(min[slot], other.min[s]);
                max[slot] = Math.max(max[slot], other.max[s]);
            }
            counts[slot] += other.counts[s];
        }
        total += other.total;
    }

    /** How many (non-NaN) values were added. */
    public long count() { return total; }

    /** How many buckets are kept: what the sketch's memory grows with. */
    public int buckets() { return used; }

    /** The q-quantile by the nearest-rank rule, within {@link #RELATIVE_ERROR}; NaN when empty. */
    public double quantile(double q) {
        if (total == 0) return Double.NaN;
        long rank = Quantiles.rank(q, total);
        int[] order = sortedSlots();
        long before = 0;
        for (int slot : order) {
            long c = counts[slot];
            if (before + c >= rank) {
                long j = rank - before;
                if (j == 1 || min[slot] == max[slot]) return min[slot];
                if (j == c) return max[slot];
                return min[slot] + (max[slot] - min[slot]) * ((double) (j - 1) / (c - 1));
            }
            before += c;
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total + " values");
    }

    /** The biased binary exponent of a value (0 for zero and subnormals, 2047 for infinities). */
    private static int exponent(double value) {
        return (int) ((Double.doubleToRawLongBits(value) >>> 52) & 0x7ff);
    }

    /** The biased exponent of a bucket's values. */
    private static int exponentOfBucket(int bucket) {
        return (bucket >= 0 ? bucket : ~bucket) >>> MANTISSA_BITS;
    }

    private int floor() {
        return largestExponent - BINADES;
    }

    /** A bucket, or the near-zero bucket when its values lie more than {@link #BINADES} below the largest. */
    private int effective(int bucket) {
        return exponentOfBucket(bucket) < floor() ? NEAR_ZERO : bucket;
    }

    /**
     * Records a larger magnitude; when it raises the floor, buckets now below
     * it are folded into the near-zero bucket. The buckets end up the same
     * whichever order values and merges came in: a value is near zero exactly
     * when it lies below the floor of the largest magnitude of all of them.
     */
    private void raiseLargest(int exponent) {
        if (exponent <= largestExponent) return;
        largestExponent = exponent;
        boolean stale = false;
        for (int s = 0; s < used && !stale; s++) stale = bucketOfSlot[s] != NEAR_ZERO && effective(bucketOfSlot[s]) == NEAR_ZERO;
        if (!stale) return;
        int[] oldBuckets = Arrays.copyOf(bucketOfSlot, used);
        long[] oldCounts = Arrays.copyOf(counts, used);
        double[] oldMin = Arrays.copyOf(min, used);
        double[] oldMax = Arrays.copyOf(max, used);
        int n = used;
        Arrays.fill(keys, EMPTY);
        Arrays.fill(counts, 0);
        used = 0;
        for (int s = 0; s < n; s++) {
            int slot = slotFor(effective(oldBuckets[s]));
            if (counts[slot] == 0) {
                min[slot] = oldMin[s];
                max[slot] = oldMax[s];
            } else {
                min[slot] = Math.min(min[slot], oldMin[s]);
                max[slot] = Math.max(max[slot], oldMax[s]);
            }
            counts[slot] += oldCounts[s];
        }
    }

    private int[] sortedSlots() {
        long[] packed = new long[used];
        for (int s = 0; s < used; s++) packed[s] = ((long) bucketOfSlot[s] << 32) | s;
        Arrays.sort(packed);
        int[] order = new int[used];
        for (int s = 0; s < used; s++) order[s] = (int) packed[s];
        return order;
    }

    private int slotFor(int bucket) {
        int mask = keys.length - 1;
        int h = mix(bucket) & mask;
        while (keys[h] != EMPTY) {
            if (keys[h] == bucket) return slotOf[h];
            h = (h + 1) & mask;
        }
        if (used == counts.length) growSlots();
        keys[h] = bucket;
        slotOf[h] = used;
        bucketOfSlot[used] = bucket;
        int slot = used++;
        if (used * 2 > keys.length) rehash();
        return slot;
    }

    private static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void growSlots() {
        int n = counts.length * 2;
        counts = Arrays.copyOf(counts, n);
        min = Arrays.copyOf(min, n);
        max = Arrays.copyOf(max, n);
        bucketOfSlot = Arrays.copyOf(bucketOfSlot, n);
    }

    private void rehash() {
        int[] newKeys = new int[keys.length * 2];
        int[] newSlots = new int[keys.length * 2];
        Arrays.fill(newKeys, EMPTY);
        int mask = newKeys.length - 1;
        for (int s = 0; s < used; s++) {
            int h = mix(bucketOfSlot[s]) & mask;
            while (newKeys[h] != EMPTY) h = (h + 1) & mask;
            newKeys[h] = bucketOfSlot[s];
            newSlots[h] = s;
        }
        keys = newKeys;
        slotOf = newSlots;
    }
}
