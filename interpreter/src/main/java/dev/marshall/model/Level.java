package dev.marshall.model;

/** The logframe level of an indicator; IATI result types 3, 2 and 1. */
public enum Level {
    IMPACT(3), OUTCOME(2), OUTPUT(1);

    /** The IATI {@code result/@type} code. */
    public final int iatiResultType;

    Level(int iatiResultType) { this.iatiResultType = iatiResultType; }

    public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
}
