package dev.marshall.semantic;

import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The types of fn calls. Fns are generic in units: a call's type is its fn's
 * body typed again with the argument types bound to its parameters. Each
 * (fn, argument types, nesting depth) is typed once and remembered, so a call
 * is typed in time linear in the number of fns: typing every call site again
 * made {@code fn g0(x) = g1(x) + g1(x)} … {@code g24} take seconds, doubling
 * with each level. The depth is part of the key only to keep the cut-off for
 * recursive fns (reported by the recursion check) exactly where it was.
 */
final class FunctionTypes {
    /** Beyond this many nested calls a type is left unknown: only a recursion (E061) goes that deep. */
    private static final int MAX_DEPTH = 32;

    private record Key(int function, List<Type> arguments, int depth) {}

    private final List<Function> functions;
    /** Remembered results; an empty result means the arguments make the body combine units that do not combine. */
    private final Map<Key, Optional<Type>> known = new HashMap<>();
    private int bodiesTyped;

    FunctionTypes(List<Function> functions) {
        this.functions = functions;
    }

    List<Function> functions() {
        return functions;
    }

    /** How many fn bodies were typed: with memoisation, at most fns × argument-type combinations × depth. */
    int bodiesTyped() {
        return bodiesTyped;
    }

    /** The type of a call of fn {@code function} with these argument types; null when the units do not combine. */
    Type call(int function, List<Type> arguments) {
        return call(function, arguments, 0);
    }

    private Type call(int function, List<Type> arguments, int depth) {
        if (depth > MAX_DEPTH) return Type.UNKNOWN;
        Key key = new Key(function, List.copyOf(arguments), depth);
        Optional<Type> done = known.get(key);
        if (done != null) return done.orElse(null);
        bodiesTyped++;
        Type type = retype(functions.get(function).body(), key.arguments(), depth);
        known.put(key, Optional.ofNullable(type));
        return type;
    }

    private Type retype(Expr e, List<Type> locals, int depth) {
        return switch (e) {
            case Expr.LocalRef l -> l.slot() < locals.size() ? locals.get(l.slot()) : Type.UNKNOWN;
            case Expr.Unary u -> u.op() == Expr.UnaryOp.NOT ? Type.BOOLEAN : retype(u.operand(), locals, depth);
            case Expr.Binary b -> {
                Type l = retype(b.left(), locals, depth);
                Type r = retype(b.right(), locals, depth);
                yield l == null || r == null ? null : TypeRules.binary(b.op(), l, r);
            }
            case Expr.Conditional c -> retype(c.whenTrue(), locals, depth);
            case Expr.BuiltinCall c -> {
                List<Type> args = new ArrayList<>();
                for (Expr a : c.args()) {
                    Type t = retype(a, locals, depth);
                    if (t == null) yield null;
                    args.add(t);
                }
                yield TypeRules.builtin(c.builtin(), args);
            }
            case Expr.Call c -> {
                if (c.function() < 0 || c.function() >= functions.size() || functions.get(c.function()).body() == null) yield c.type();
                List<Type> inner = new ArrayList<>();
                for (Expr a : c.args()) {
                    Type t = retype(a, locals, depth);
                    if (t == null) yield null;
                    inner.add(t);
                }
                yield call(c.function(), inner, depth + 1);
            }
            default -> e.type();
        };
    }
}
