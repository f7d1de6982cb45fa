package dev.marshall.truffle;

import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Programme;
import java.util.Arrays;
import java.util.List;

/**
 * Which {@code fn} calls the translator inlines: a call whose fn, with every
 * fn it calls expanded in turn, is at most {@link #BUDGET} expression nodes
 * big. Inlined, a call costs no call target, no argument array and no boxing;
 * on the fallback runtime that was a third of the time of the examples' runs
 * (docs/performance.md), and the optimizing runtime gets one compilation unit
 * instead of one per fn. A fn that is recursive (the checker rejects that, but
 * the engine does not rely on it) or whose expansion grows past the budget
 * (fns calling each other exponentially often) stays a real call.
 */
final class FunctionInlining {
    /** Expression nodes an inlined call may expand to. */
    static final int BUDGET = 200;

    private static final int UNKNOWN = -1;
    private static final int IN_PROGRESS = -2;
    private static final int TOO_BIG = Integer.MAX_VALUE;

    private final List<Function> functions;
    private final int[] expanded;

    FunctionInlining(Programme programme) {
        this.functions = programme.functions();
        this.expanded = new int[functions.size()];
        Arrays.fill(expanded, UNKNOWN);
    }

    /** Whether a call of fn {@code index} is inlined. */
    boolean inlines(int index) {
        Function f = functions.get(index);
        return !f.isNative() && f.body() != null && expandedSize(index) <= BUDGET;
    }

    /** The size of fn {@code index}'s body with its calls expanded; {@link #TOO_BIG} past the budget or when recursive. */
    private int expandedSize(int index) {
        int known = expanded[index];
        if (known == IN_PROGRESS) return TOO_BIG;
        if (known != UNKNOWN) return known;
        expanded[index] = IN_PROGRESS;
        Function f = functions.get(index);
        int size = f.isNative() || f.body() == null ? 1 : size(f.body());
        expanded[index] = size;
        return size;
    }

    private int size(Expr e) {
        return switch (e) {
            case Expr.Unary u -> plus(1, size(u.operand()));
            case Expr.Binary b -> plus(1, plus(size(b.left()), size(b.right())));
            case Expr.Conditional c -> plus(1, plus(size(c.condition()), plus(size(c.whenTrue()), size(c.whenFalse()))));
            case Expr.Call c -> plus(sizes(c.args()), c.function() >= 0 && c.function() < functions.size()
                    ? expandedSize(c.function()) : 1);
            case Expr.BuiltinCall c -> plus(1, sizes(c.args()));
            case Expr.Draw d -> plus(1, sizes(d.args()));
            case Expr.Aggregate a -> plus(1, size(a.body()));
            case Expr.OwnProperty o -> size(o.value());
            default -> 1;
        };
    }

    private int sizes(List<Expr> all) {
        int total = 0;
        for (Expr e : all) total = plus(total, size(e));
        return total;
    }

    private static int plus(int a, int b) {
        return a > BUDGET || b > BUDGET ? TOO_BIG : a + b;
    }
}
