package dev.marshall.semantic;

/**
 * What a property's value is written as. Words ({@code lead = cda},
 * {@code every = quarter}) are read as names, never resolved as values; a few
 * values are expressions built only once the rest of their declaration is
 * known (an indicator's {@code value} needs its unit and baseline).
 */
public enum ValueKind {
    TEXT("text in quotes", Form.EXPRESSION),
    DATE("a date YYYY-MM", Form.EXPRESSION),
    DURATION("a constant duration", Form.EXPRESSION),
    MONEY("constant money", Form.EXPRESSION),
    NUMBER("a constant number", Form.EXPRESSION),
    FRACTION("a constant fraction 0..1", Form.EXPRESSION),
    MONTH("a point in time, month N", Form.EXPRESSION),
    BOOLEAN("true or false", Form.EXPRESSION),
    AMOUNT("a constant in the indicator's unit", Form.EXPRESSION),
    NUMBERS("a list of constant numbers", Form.EXPRESSION),
    FRACTIONS("a list of constant fractions 0..1", Form.EXPRESSION),
    /** Any expression the declaration's scope allows (a cluster's or an actor's free properties). */
    EXPRESSION("an expression", Form.EXPRESSION),
    WORD("a word", Form.WORD),
    ACTOR("an actor", Form.WORD),
    CLUSTER("a cluster", Form.WORD),
    ACTORS("a list of actors", Form.WORDS),
    WORDS("a list of words", Form.WORDS),
    DEPENDENCIES("a list of interventions and milestones", Form.WORDS),
    CONDITION("a condition, evaluated while simulating", Form.LATER),
    MEASUREMENT("an expression in the indicator's unit, evaluated while simulating", Form.LATER);

    /** How a reader reads the value. */
    public enum Form {
        /** An expression, built in the declaration's constant scope. */
        EXPRESSION,
        /** A bare name (or the keyword {@code month}). */
        WORD,
        /** A name or a list of names. */
        WORDS,
        /** An expression built later by the declaration's reader, in a scope of its own. */
        LATER
    }

    private final String describe;
    private final Form form;

    ValueKind(String describe, Form form) {
        this.describe = describe;
        this.form = form;
    }

    /** As said in documentation and hover text: "a list of actors". */
    public String describe() {
        return describe;
    }

    public Form form() {
        return form;
    }

    /** Whether the value is text a person wrote (and so can be traced into every output verbatim). */
    public boolean isText() {
        return this == TEXT;
    }
}
