package dev.marshall.model;

/**
 * The {@code unit} of an indicator as written ({@code EUR}, {@code percent},
 * {@code firms}) and the type its baseline, target and value must have:
 * money for a currency code, a number otherwise. {@code percent} marks values
 * kept as fractions and shown as percentages. {@code yes_no} marks an
 * indicator whose value is a condition: kept as 1 (yes) or 0 (no), shown as
 * Yes or No.
 */
public record IndicatorUnit(String name, Type type, boolean percent) {
    public static final IndicatorUnit NUMBER = new IndicatorUnit("number", Type.NUMBER, false);
    public static final IndicatorUnit YES_NO = new IndicatorUnit("yes_no", Type.BOOLEAN, false);

    /** Whether the value is a condition (yes or no), not a quantity. */
    public boolean yesNo() {
        return type.kind() == Type.Kind.BOOLEAN;
    }

    /** Whether values of separate periods or groups can be added up: counts, money and plain numbers, not shares or yes/no. */
    public boolean summable() {
        return !percent && !yesNo();
    }

    /** Whether the unit counts things ({@code firms}, {@code people}): values are shown as whole numbers. */
    public boolean counts() {
        return !percent && type.kind() == Type.Kind.NUMBER && WholeNumbers.counts(name);
    }
}
