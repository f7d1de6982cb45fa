package dev.marshall.model;

/**
 * The static type of an expression, with its unit: plain numbers (percentages
 * are numbers: {@code 12%} is 0.12), money in one currency, durations and
 * points in time (both in months), truth values, text, dates, lists, and the
 * words of a vocabulary ({@code pro_poor}, {@code quarter}).
 *
 * <p>{@link #UNKNOWN} is the type of an expression that already has an error;
 * it agrees with everything, so one mistake is reported once.
 */
public record Type(Kind kind, String currency) {

    public enum Kind { NUMBER, MONEY, DURATION, MONTH_POINT, BOOLEAN, TEXT, DATE, LIST, WORD, UNKNOWN }

    public static final Type NUMBER = new Type(Kind.NUMBER, null);
    public static final Type DURATION = new Type(Kind.DURATION, null);
    public static final Type MONTH_POINT = new Type(Kind.MONTH_POINT, null);
    public static final Type BOOLEAN = new Type(Kind.BOOLEAN, null);
    public static final Type TEXT = new Type(Kind.TEXT, null);
    public static final Type DATE = new Type(Kind.DATE, null);
    public static final Type LIST = new Type(Kind.LIST, null);
    public static final Type WORD = new Type(Kind.WORD, null);
    public static final Type UNKNOWN = new Type(Kind.UNKNOWN, null);

    public static Type money(String currency) {
        return new Type(Kind.MONEY, currency);
    }

    public boolean isUnknown() { return kind == Kind.UNKNOWN; }

    public boolean isNumeric() { return kind == Kind.NUMBER || kind == Kind.MONEY || kind == Kind.DURATION || isUnknown(); }

    /** Whether a value of this type may stand where {@code expected} is wanted. */
    public boolean fits(Type expected) {
        return isUnknown() || expected.isUnknown() || equals(expected);
    }

    /** How the type is named in messages: "a number", "money in EUR", "a duration". */
    public String describe() {
        return switch (kind) {
            case NUMBER -> "a number";
            case MONEY -> "money in " + currency;
            case DURATION -> "a duration";
            case MONTH_POINT -> "a point in time (month N)";
            case BOOLEAN -> "a condition (true or false)";
            case TEXT -> "text";
            case DATE -> "a date";
            case LIST -> "a list";
            case WORD -> "a name";
            case UNKNOWN -> "an unknown value";
        };
    }
}
