package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/** A statement of an {@code each month} block. */
public sealed interface Statement {

    Span span();

    /** {@code s = e}, {@code s += e}, {@code s -= e}, {@code s *= e}, {@code s /= e}; the state is clamped afterwards. */
    record Assign(Expr.StateRef target, AssignOp op, Expr value, Span span) implements Statement {}

    record If(Expr condition, List<Statement> whenTrue, List<Statement> whenFalse, Span span) implements Statement {
        public If {
            whenTrue = List.copyOf(whenTrue);
            whenFalse = List.copyOf(whenFalse);
        }
    }

    enum AssignOp {
        SET("="), ADD("+="), SUBTRACT("-="), MULTIPLY("*="), DIVIDE("/=");
        public final String symbol;
        AssignOp(String symbol) { this.symbol = symbol; }
    }
}
