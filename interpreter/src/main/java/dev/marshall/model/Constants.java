package dev.marshall.model;

import java.util.Optional;

/**
 * Folds an expression to a constant number when it is made only of literals,
 * arithmetic, conditionals and built-ins — what a duration, a cost, a
 * baseline or a replica count must be. Names, draws and the current month are
 * not constant.
 */
public final class Constants {
    private Constants() {}

    public static Optional<Double> number(Expr e) {
        double v = fold(e);
        return Double.isNaN(v) ? Optional.empty() : Optional.of(v);
    }

    public static boolean isConstant(Expr e) {
        return !Double.isNaN(fold(e));
    }

    /** The value, or NaN when the expression is not constant (or not a number). */
    private static double fold(Expr e) {
        return switch (e) {
            case Expr.Quantity q -> q.value();
            case Expr.MonthPoint m -> m.month();
            case Expr.Unary u when u.op() == Expr.UnaryOp.NEGATE -> -fold(u.operand());
            case Expr.Binary b when !b.op().isComparison() && !b.op().isLogical() -> {
                double l = fold(b.left());
                double r = fold(b.right());
                yield switch (b.op()) {
                    case ADD -> l + r;
                    case SUBTRACT -> l - r;
                    case MULTIPLY -> l * r;
                    case DIVIDE -> r == 0 ? Double.NaN : l / r;
                    default -> Double.NaN;
                };
            }
            case Expr.BuiltinCall c -> {
                double[] a = new double[c.args().size()];
                for (int i = 0; i < a.length; i++) a[i] = fold(c.args().get(i));
                yield switch (c.builtin()) {
                    case MIN -> Math.min(a[0], a[1]);
                    case MAX -> Math.max(a[0], a[1]);
                    case CLAMP -> Math.max(a[1], Math.min(a[2], a[0]));
                    case ABS -> Math.abs(a[0]);
                    case ROUND -> WholeNumbers.round(a[0]);
                    case FLOOR -> Math.floor(a[0]);
                    case CEIL -> Math.ceil(a[0]);
                    case SQRT -> Math.sqrt(a[0]);
                    case EXP -> Math.exp(a[0]);
                    case LN -> Math.log(a[0]);
                    case LOGISTIC -> 1 / (1 + Math.exp(-a[0]));
                };
            }
            case Expr.OwnProperty p -> fold(p.value());
            default -> Double.NaN;
        };
    }
}
