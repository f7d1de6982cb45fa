package dev.marshall.model;

/**
 * The {@code unit} of an indicator as written ({@code EUR}, {@code percent},
 * {@code firms}) and the type its baseline, target and value must have:
 * money for a currency code, a number otherwise. {@code percent} marks values
 * kept as fractions and shown as percentages.
 */
public record IndicatorUnit(String name, Type type, boolean percent) {
    public static final IndicatorUnit NUMBER = new IndicatorUnit("number", Type.NUMBER, false);

    /** Whether the unit counts things ({@code firms}, {@code people}): values are shown as whole numbers. */
    public boolean counts() {
        return !percent && type.kind() == Type.Kind.NUMBER && WholeNumbers.counts(name);
    }
}
