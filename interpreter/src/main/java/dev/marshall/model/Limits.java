package dev.marshall.model;

/**
 * The largest values the language accepts where it counts: months, periods
 * and firms. They are documented in docs/language.md (§ Limits); a value
 * outside them is refused by {@code check} (E034) so that nothing later has
 * to allocate, loop or cast beyond them.
 */
public final class Limits {
    private Limits() {}

    /** A horizon, a duration, a reporting period or a month N: at most 100 years of months. */
    public static final int MAX_MONTHS = 1_200;

    /** The firms a network counts. */
    public static final int MAX_FIRMS = 10_000_000;

    /** Calls of fns nested inside each other (a chain f → g → h … counts each call). */
    public static final int MAX_CALL_DEPTH = 256;
}
