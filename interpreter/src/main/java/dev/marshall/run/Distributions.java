package dev.marshall.run;

import dev.marshall.model.Expr.Distribution;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Sampling of Marshall's distributions from a run's random stream; both
 * engines call these, in the same order, so they draw the same numbers.
 *
 * <ul>
 *   <li>{@code normal(m, sd)}: {@code m + sd·Z}, Z from {@link RandomGenerator#nextGaussian()}; sd ≥ 0.</li>
 *   <li>{@code uniform(lo, hi)}: {@code lo + (hi − lo)·U}, U uniform on [0, 1); lo ≤ hi.</li>
 *   <li>{@code triangular(lo, mode, hi)}: by inversion of its distribution function; lo ≤ mode ≤ hi.</li>
 *   <li>{@code bernoulli(p)}: 1 (true) when U &lt; p; 0 ≤ p ≤ 1.</li>
 * </ul>
 * Every draw consumes the stream even when its spread is zero, so the
 * numbers drawn later do not depend on the arguments of earlier draws.
 */
public final class Distributions {
    private Distributions() {}

    public static double normal(RandomGenerator random, double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    public static double uniform(RandomGenerator random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    public static double triangular(RandomGenerator random, double low, double mode, double high) {
        double u = random.nextDouble();
        double width = high - low;
        if (width <= 0) return low;
        double split = (mode - low) / width;
        return u < split
                ? low + Math.sqrt(u * width * (mode - low))
                : high - Math.sqrt((1 - u) * width * (high - mode));
    }

    public static boolean bernoulli(RandomGenerator random, double p) {
        return random.nextDouble() < p;
    }

    /** Whether the arguments define the distribution (cheap: the fast path of every draw). */
    public static boolean isValid(Distribution distribution, double a, double b, double c) {
        return switch (distribution) {
            case NORMAL -> b >= 0;
            case UNIFORM -> a <= b;
            case TRIANGULAR -> a <= b && b <= c;
            case BERNOULLI -> a >= 0 && a <= 1;
        };
    }

    /** Why these arguments do not define the distribution, or null when they do. */
    public static String problem(Distribution distribution, double a, double b, double c) {
        return switch (distribution) {
            case NORMAL -> !(b >= 0) ? "needs a standard deviation of at least 0, got " + show(b) : null;
            case UNIFORM -> !(a <= b) ? "needs low <= high, got " + show(a) + " and " + show(b) : null;
            case TRIANGULAR -> !(a <= b && b <= c)
                    ? "needs low <= mode <= high, got " + show(a) + ", " + show(b) + ", " + show(c) : null;
            case BERNOULLI -> !(a >= 0 && a <= 1) ? "needs a probability between 0 and 1, got " + show(a) : null;
        };
    }

    public static String show(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+(e|$)", "$1").replaceAll("\\.(e|$)", "$1");
    }
}
