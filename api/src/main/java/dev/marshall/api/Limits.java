package dev.marshall.api;

import java.time.Duration;
import java.util.Objects;

/**
 * What a host allows one programme: checked when it is loaded (source size,
 * bracket nesting, number of declarations) and when it is simulated (memory,
 * wall-clock time). A programme over a limit is refused with a
 * {@link MarshallException} whose message names the limit and how to raise it;
 * never by exhausting the host's memory or threads.
 *
 * <p>The defaults ({@link #DEFAULT}) suit programmes people write (the largest
 * example is 20 KB and 150 declarations) with a wide margin.
 *
 * @param maxSourceChars   the longest programme text, and the longest module text, in characters
 * @param maxNesting       the deepest nesting of round, square and curly brackets in a file
 * @param maxDeclarations  the most declarations (params, clusters, interventions, …) of a programme with its modules
 * @param maxMemoryBytes   the most memory a simulation may plan to hold (capped by the free heap)
 * @param timeLimit        the longest one simulation may run
 */
public record Limits(int maxSourceChars, int maxNesting, int maxDeclarations, long maxMemoryBytes, Duration timeLimit) {

    /** 4 MB of text, nesting 64, 10 000 declarations, 1 GB of memory, 5 minutes per simulation. */
    public static final Limits DEFAULT = new Limits(4 << 20, 64, 10_000, 1L << 30, Duration.ofMinutes(5));

    /**
     * Checks every limit is positive.
     *
     * @throws IllegalArgumentException when one is not
     */
    public Limits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxSourceChars < 1 || maxNesting < 1 || maxDeclarations < 1 || maxMemoryBytes < 1
                || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("every limit must be positive: " + this);
        }
    }

    /**
     * These limits with another maximum source size.
     *
     * @param chars the longest text, in characters
     * @return the new limits
     */
    public Limits withMaxSourceChars(int chars) {
        return new Limits(chars, maxNesting, maxDeclarations, maxMemoryBytes, timeLimit);
    }

    /**
     * These limits with another maximum nesting.
     *
     * @param depth the deepest bracket nesting
     * @return the new limits
     */
    public Limits withMaxNesting(int depth) {
        return new Limits(maxSourceChars, depth, maxDeclarations, maxMemoryBytes, timeLimit);
    }

    /**
     * These limits with another maximum number of declarations.
     *
     * @param count the most declarations
     * @return the new limits
     */
    public Limits withMaxDeclarations(int count) {
        return new Limits(maxSourceChars, maxNesting, count, maxMemoryBytes, timeLimit);
    }

    /**
     * These limits with another memory budget per simulation.
     *
     * @param bytes the most memory a simulation may plan to hold
     * @return the new limits
     */
    public Limits withMaxMemoryBytes(long bytes) {
        return new Limits(maxSourceChars, maxNesting, maxDeclarations, bytes, timeLimit);
    }

    /**
     * These limits with another time limit per simulation.
     *
     * @param limit the longest a simulation may run
     * @return the new limits
     */
    public Limits withTimeLimit(Duration limit) {
        return new Limits(maxSourceChars, maxNesting, maxDeclarations, maxMemoryBytes, limit);
    }
}
