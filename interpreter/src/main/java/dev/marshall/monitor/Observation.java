package dev.marshall.monitor;

import dev.marshall.source.Span;

/**
 * One row of the actuals: what was observed in programme month {@code month}.
 * {@code index} is the declaration's index (indicator, milestone or
 * intervention; -1 for spend); {@code value} is the number observed (an
 * indicator's value in its base unit, the cumulative spend) and NaN for an
 * event. {@code group} is the optional disaggregation label ("" when none).
 */
public record Observation(int month, Kind kind, String name, int index, double value, String group, String note, Span span) {

    /** What a row can report. */
    public enum Kind {
        /** An indicator's measured value. */
        INDICATOR,
        /** A milestone was reached in that month. */
        REACHED,
        /** An intervention's first active month. */
        STARTED,
        /** An intervention's last active month. */
        FINISHED,
        /** The cumulative spend by the end of that month. */
        SPEND
    }
}
