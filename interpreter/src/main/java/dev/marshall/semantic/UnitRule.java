package dev.marshall.semantic;

/** Which unit a property's value must have. */
public enum UnitRule {
    /** No unit: text, words, conditions, plain numbers. */
    NONE("no unit"),
    /** A duration in months or years. */
    MONTHS("months (or years, 12 months each)"),
    /** Money in the programme's currency (E022 otherwise). */
    PROGRAMME_CURRENCY("money in the programme's currency"),
    /** The unit written on the indicator ({@code unit = EUR}, {@code percent}, {@code firms}; E023 otherwise). */
    INDICATOR_UNIT("the indicator's unit"),
    /** A plain number between 0 and 1, usually written as a percentage (E030 outside). */
    FRACTION("a fraction 0..1 (e.g. 20%)"),
    /** A point in time within the horizon. */
    POINT_IN_TIME("a programme month");

    private final String describe;

    UnitRule(String describe) {
        this.describe = describe;
    }

    public String describe() {
        return describe;
    }
}
