package dev.marshall.api;

/** How {@link Programme#render(Forecast, ForecastFormat)} writes a forecast: the formats of {@code marshall simulate --format}. */
public enum ForecastFormat {
    /** A table for people. */
    TEXT,
    /** JSON for tools, as {@link Forecast#toJson()} (docs/formats.md). */
    JSON,
    /** CSV, one row per milestone, indicator period, intervention and month of spend. */
    CSV
}
