package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * An expression of the semantic model: names are already resolved (to a
 * param, a cluster state, a function parameter, ...), and every node knows its
 * {@link Type} and its source {@link Span}. The Truffle nodes, the reference
 * evaluator and the emitters all read this tree; none reads the parse tree.
 *
 * <p>Indices ({@code param}, {@code cluster}, {@code state}, {@code milestone},
 * {@code intervention}, {@code function}) are positions in the lists of
 * {@link Programme}, so a simulation can keep its state in flat arrays.
 */
public sealed interface Expr {

    Span span();

    Type type();

    /** A number with its unit: {@code 12%} (0.12, shown as a percentage), {@code 40_000 EUR}, {@code 4 months}. */
    record Quantity(double value, Type type, boolean percent, Span span) implements Expr {}

    record Bool(boolean value, Span span) implements Expr {
        public Type type() { return Type.BOOLEAN; }
    }

    record Text(String value, Span span) implements Expr {
        public Type type() { return Type.TEXT; }
    }

    /** A calendar month, {@code 2027-01} (day, if written, in {@code day}; else 0). */
    record Date(int year, int month, int day, Span span) implements Expr {
        public Type type() { return Type.DATE; }
    }

    /** {@code month 9}: a point in the programme's time, counted from month 1. */
    record MonthPoint(int month, Span span) implements Expr {
        public Type type() { return Type.MONTH_POINT; }
    }

    /** The bare word {@code month}: the current month of the simulation, 1-based, as a number. */
    record CurrentMonth(Span span) implements Expr {
        public Type type() { return Type.NUMBER; }
    }

    record ListOf(List<Expr> items, Span span) implements Expr {
        public ListOf { items = List.copyOf(items); }
        public Type type() { return Type.LIST; }
    }

    /**
     * A name that denotes a declaration or a vocabulary word rather than a value
     * ({@code cda} in {@code lead = cda}, {@code quarter} in {@code every = quarter}).
     * {@code kind} says what it resolved to ("actor", "intervention", "pillar", ...),
     * or is null when the name is free (not yet interpreted by its property).
     */
    record Word(String name, String kind, Span span) implements Expr {
        public Type type() { return Type.WORD; }
    }

    record ParamRef(String name, int param, Type type, Span span) implements Expr {}

    /**
     * A state of a cluster. In a replicated cluster it denotes the current
     * replica: the one an intervention is running for, or the one an aggregate
     * is visiting.
     */
    record StateRef(String cluster, int clusterIndex, String state, int stateIndex, Type type, Span span) implements Expr {}

    /** A cluster property ({@code firms}), sampled once per run and replica when it holds a distribution. */
    record PropertyRef(String cluster, int clusterIndex, String property, int propertyIndex, Type type, Span span) implements Expr {}

    /** An indicator's own property ({@code baseline}) used in its {@code value}; {@code value} is its expression. */
    record OwnProperty(String name, Expr value, Type type, Span span) implements Expr {}

    /** A parameter of the enclosing {@code fn}. */
    record LocalRef(String name, int slot, Type type, Span span) implements Expr {}

    /** {@code group_formed.reached}: whether a milestone has been reached (in this or an earlier month). */
    record MilestoneReached(String milestone, int milestoneIndex, Span span) implements Expr {
        public Type type() { return Type.BOOLEAN; }
    }

    /** {@code diagnostic.active}, {@code .started}, {@code .finished}: where an intervention stands this month. */
    record InterventionStatus(String intervention, int interventionIndex, Status status, Span span) implements Expr {
        public enum Status { ACTIVE, STARTED, FINISHED }
        public Type type() { return Type.BOOLEAN; }
    }

    /**
     * {@code exporters.firms}, {@code .strength}, {@code .active}: where a network stands this month, as an
     * intervention that forms or strengthens it has grown it ({@code run.NetworkGrowth}).
     */
    record NetworkState(String network, int networkIndex, Field field, Span span) implements Expr {
        public enum Field {
            FIRMS, STRENGTH, ACTIVE;
            public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
        }
        public Type type() { return field == Field.ACTIVE ? Type.BOOLEAN : Type.NUMBER; }
    }

    record Unary(UnaryOp op, Expr operand, Type type, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Type type, Span span) implements Expr {}

    /** {@code if c then a else b}. */
    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Type type, Span span) implements Expr {}

    /** A call of a user or library {@code fn}. */
    record Call(String name, int function, List<Expr> args, Type type, Span span) implements Expr {
        public Call { args = List.copyOf(args); }
    }

    /** A call of a built-in function ({@code min max clamp abs sqrt exp ln logistic}). */
    record BuiltinCall(Builtin builtin, List<Expr> args, Type type, Span span) implements Expr {
        public BuiltinCall { args = List.copyOf(args); }
    }

    /** A random draw ({@code normal(m, sd)}, ...): sampled each time it is evaluated. */
    record Draw(Distribution distribution, List<Expr> args, Type type, Span span) implements Expr {
        public Draw { args = List.copyOf(args); }
    }

    /**
     * {@code sum(x.s)}, {@code mean}, {@code min}, {@code max} over the replicas
     * of a cluster, or {@code count(x.s >= v)}: {@code body} is evaluated once
     * per replica of {@code clusterIndex}.
     */
    record Aggregate(AggregateKind kind, String cluster, int clusterIndex, Expr body, Type type, Span span) implements Expr {}

    /** Stands for an expression that could not be built; it already has its error. */
    record Invalid(Span span) implements Expr {
        public Type type() { return Type.UNKNOWN; }
    }

    enum UnaryOp {
        NEGATE("-"), NOT("not ");
        public final String symbol;
        UnaryOp(String symbol) { this.symbol = symbol; }
    }

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"),
        LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="),
        AND("and"), OR("or");
        public final String symbol;
        BinaryOp(String symbol) { this.symbol = symbol; }
        public boolean isComparison() { return ordinal() >= LESS.ordinal() && ordinal() <= NOT_EQUAL.ordinal(); }
        public boolean isLogical() { return this == AND || this == OR; }
    }

    enum AggregateKind { SUM, MEAN, MIN, MAX, COUNT }

    enum Builtin {
        MIN(2), MAX(2), CLAMP(3), ABS(1), ROUND(1), FLOOR(1), CEIL(1), SQRT(1), EXP(1), LN(1), LOGISTIC(1);
        public final int arity;
        Builtin(int arity) { this.arity = arity; }
        public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    enum Distribution {
        NORMAL(2), UNIFORM(2), TRIANGULAR(3), BERNOULLI(1);
        public final int arity;
        Distribution(int arity) { this.arity = arity; }
        public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
    }
}
