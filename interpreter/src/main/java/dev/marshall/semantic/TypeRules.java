package dev.marshall.semantic;

import dev.marshall.model.Expr;
import dev.marshall.model.Expr.BinaryOp;
import dev.marshall.model.Type;
import dev.marshall.model.Type.Kind;
import java.util.List;

/**
 * How units combine. Money adds to money of the same currency, durations to
 * durations; a number scales anything; dividing like by like gives a number;
 * a point in time plus a duration is a point in time. The current month is a
 * number, so {@code month >= 6} and {@code month / 12} need no conversion.
 * Each rule returns null when the operands do not combine.
 */
final class TypeRules {
    private TypeRules() {}

    static Type binary(BinaryOp op, Type l, Type r) {
        if (op.isLogical()) {
            return l.fits(Type.BOOLEAN) && r.fits(Type.BOOLEAN) ? Type.BOOLEAN : null;
        }
        if (op.isComparison()) {
            if (l.isUnknown() || r.isUnknown()) return Type.BOOLEAN;
            if (l.equals(r)) return (op == BinaryOp.EQUAL || op == BinaryOp.NOT_EQUAL || l.isNumeric() || l.kind() == Kind.MONTH_POINT) ? Type.BOOLEAN : null;
            boolean timeAndNumber = (l.kind() == Kind.MONTH_POINT && r.kind() == Kind.NUMBER) || (l.kind() == Kind.NUMBER && r.kind() == Kind.MONTH_POINT);
            return timeAndNumber ? Type.BOOLEAN : null;
        }
        if (l.isUnknown() || r.isUnknown()) return Type.UNKNOWN;
        return switch (op) {
            case ADD, SUBTRACT -> {
                if (l.equals(r) && (l.isNumeric())) yield l;
                if (l.kind() == Kind.MONTH_POINT && r.kind() == Kind.DURATION) yield Type.MONTH_POINT;
                if (op == BinaryOp.ADD && l.kind() == Kind.DURATION && r.kind() == Kind.MONTH_POINT) yield Type.MONTH_POINT;
                if (op == BinaryOp.SUBTRACT && l.kind() == Kind.MONTH_POINT && r.kind() == Kind.MONTH_POINT) yield Type.DURATION;
                yield null;
            }
            case MULTIPLY -> {
                if (l.kind() == Kind.NUMBER && r.isNumeric()) yield r;
                if (r.kind() == Kind.NUMBER && l.isNumeric()) yield l;
                yield null;
            }
            case DIVIDE -> {
                if (r.kind() == Kind.NUMBER && l.isNumeric()) yield l;
                if (l.equals(r) && l.isNumeric()) yield Type.NUMBER;
                yield null;
            }
            default -> null;
        };
    }

    /** The verb of a unit-mismatch message: "add", "compare", ... */
    static String verb(BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUBTRACT -> "subtract";
            case MULTIPLY -> "multiply";
            case DIVIDE -> "divide";
            case AND, OR -> "combine with " + op.symbol;
            default -> "compare";
        };
    }

    /** Whether the built-in keeps its arguments' unit (min, max, clamp, abs, round, floor, ceil). */
    static boolean keepsUnit(Expr.Builtin builtin) {
        return switch (builtin) {
            case MIN, MAX, CLAMP, ABS, ROUND, FLOOR, CEIL -> true;
            case SQRT, EXP, LN, LOGISTIC -> false;
        };
    }

    /** min, max, clamp, abs, round, floor and ceil keep their argument's unit; the others take and give plain numbers. */
    static Type builtin(Expr.Builtin builtin, List<Type> args) {
        for (Type t : args) if (t.isUnknown()) return Type.UNKNOWN;
        if (keepsUnit(builtin)) {
            Type first = args.get(0);
            for (Type t : args) if (!t.equals(first) || !t.isNumeric()) return null;
            return first;
        }
        return args.stream().allMatch(t -> t.kind() == Kind.NUMBER) ? Type.NUMBER : null;
    }

    /** A draw has the unit of its location arguments; bernoulli gives 0 or 1. */
    static Type distribution(Expr.Distribution distribution, List<Type> args) {
        for (Type t : args) if (t.isUnknown()) return Type.UNKNOWN;
        return switch (distribution) {
            case BERNOULLI -> args.get(0).kind() == Kind.NUMBER ? Type.NUMBER : null;
            default -> {
                Type first = args.get(0);
                for (Type t : args) if (!t.equals(first) || !t.isNumeric()) yield null;
                yield first;
            }
        };
    }
}
