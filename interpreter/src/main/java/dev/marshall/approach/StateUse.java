package dev.marshall.approach;

import dev.marshall.model.Expr;
import dev.marshall.model.Intervention;
import dev.marshall.model.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which cluster states an expression reads and which an intervention's
 * {@code each month} statements assign, as {@code cluster.state} keys. Fns
 * cannot read states (E019), so an expression's own tree holds every state it
 * depends on directly.
 */
final class StateUse {
    private StateUse() {}

    static String key(Expr.StateRef s) { return s.cluster() + "." + s.state(); }

    static Set<String> reads(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        reads(e, out);
        return out;
    }

    static Set<String> assigns(Intervention intervention) {
        Set<String> out = new LinkedHashSet<>();
        for (Statement s : intervention.eachMonth()) assigns(s, out);
        return out;
    }

    private static void assigns(Statement s, Set<String> out) {
        switch (s) {
            case Statement.Assign a -> out.add(key(a.target()));
            case Statement.If i -> {
                i.whenTrue().forEach(t -> assigns(t, out));
                i.whenFalse().forEach(t -> assigns(t, out));
            }
        }
    }

    private static void reads(Expr e, Set<String> out) {
        if (e == null) return;
        switch (e) {
            case Expr.StateRef s -> out.add(key(s));
            case Expr.Unary u -> reads(u.operand(), out);
            case Expr.Binary b -> { reads(b.left(), out); reads(b.right(), out); }
            case Expr.Conditional c -> { reads(c.condition(), out); reads(c.whenTrue(), out); reads(c.whenFalse(), out); }
            case Expr.Call c -> c.args().forEach(a -> reads(a, out));
            case Expr.BuiltinCall c -> c.args().forEach(a -> reads(a, out));
            case Expr.Draw d -> d.args().forEach(a -> reads(a, out));
            case Expr.ListOf l -> l.items().forEach(i -> reads(i, out));
            case Expr.Aggregate a -> reads(a.body(), out);
            default -> { }
        }
    }
}
