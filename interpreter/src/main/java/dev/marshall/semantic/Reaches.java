package dev.marshall.semantic;

/**
 * Where the value of a property ends up, so that a test can hold every output
 * to what the language accepts (a property that reaches nothing must be
 * refused, not silently dropped).
 */
public enum Reaches {
    /** The simulation: its runs, its results (simulate's text, JSON and CSV). */
    SIMULATION,
    /** The logframe, in every format (Markdown, JSON, CSV, HTML). */
    LOGFRAME,
    /** The indicator reference sheets. */
    SHEETS,
    /** The IATI 2.03 activity file. */
    IATI,
    /** The HTML report. */
    REPORT,
    /** The approach checks (warnings): not an output, but a reason to write it. */
    CHECKS
}
