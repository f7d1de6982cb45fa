package dev.marshall.emit.text;

import dev.marshall.model.Expr;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders model expressions and statements back as readable Marshall text,
 * for the "calculation" of an indicator sheet, a milestone's condition or what
 * an intervention changes each month. Numbers are grouped ({@code 4,000 EUR}),
 * percentages written as such ({@code 12%}), and parentheses appear only
 * where precedence needs them.
 */
public final class ExprText {
    private final boolean qualifyStates;

    /** @param qualifyStates whether to write {@code cluster.state} (a programme with several clusters) */
    public ExprText(boolean qualifyStates) {
        this.qualifyStates = qualifyStates;
    }

    public String render(Expr e) {
        return render(e, 0);
    }

    public String render(Statement s) {
        return switch (s) {
            case Statement.Assign a -> render(a.target()) + " " + a.op().symbol + " " + render(a.value());
            case Statement.If i -> {
                StringBuilder out = new StringBuilder("if ").append(render(i.condition())).append(" { ")
                        .append(block(i.whenTrue())).append(" }");
                if (!i.whenFalse().isEmpty()) out.append(" else { ").append(block(i.whenFalse())).append(" }");
                yield out.toString();
            }
        };
    }

    private String block(List<Statement> statements) {
        StringJoiner j = new StringJoiner("; ");
        for (Statement s : statements) j.add(render(s));
        return j.toString();
    }

    private static int precedence(Expr e) {
        return switch (e) {
            case Expr.Conditional c -> 0;
            case Expr.Binary b -> switch (b.op()) {
                case OR -> 1;
                case AND -> 2;
                case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, EQUAL, NOT_EQUAL -> 4;
                case ADD, SUBTRACT -> 5;
                case MULTIPLY, DIVIDE -> 6;
            };
            case Expr.Unary u -> u.op() == Expr.UnaryOp.NOT ? 3 : 7;
            case Expr.Quantity q -> q.value() < 0 ? 7 : 8;
            default -> 8;
        };
    }

    private String render(Expr e, int context) {
        String text = switch (e) {
            case Expr.Quantity q -> quantity(q);
            case Expr.Bool b -> Boolean.toString(b.value());
            case Expr.Text t -> '"' + t.value().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case Expr.Date d -> String.format(java.util.Locale.ROOT, "%04d-%02d", d.year(), d.month());
            case Expr.MonthPoint m -> "month " + m.month();
            case Expr.CurrentMonth m -> "month";
            case Expr.ListOf l -> {
                StringJoiner j = new StringJoiner(", ", "[", "]");
                for (Expr item : l.items()) j.add(render(item, 0));
                yield j.toString();
            }
            case Expr.Word w -> w.name();
            case Expr.ParamRef p -> p.name();
            case Expr.StateRef s -> qualifyStates ? s.cluster() + "." + s.state() : s.state();
            case Expr.PropertyRef p -> qualifyStates ? p.cluster() + "." + p.property() : p.property();
            case Expr.OwnProperty o -> o.name();
            case Expr.LocalRef l -> l.name();
            case Expr.MilestoneReached m -> m.milestone() + ".reached";
            case Expr.InterventionStatus s -> s.intervention() + "." + s.status().name().toLowerCase(java.util.Locale.ROOT);
            case Expr.NetworkState n -> n.network() + "." + n.field().word();
            case Expr.Unary u -> u.op().symbol + render(u.operand(), precedence(u));
            case Expr.Binary b -> {
                int p = precedence(b);
                boolean associative = b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.MULTIPLY;
                String left = render(b.left(), p);
                String right = b.right() instanceof Expr.Binary rb && rb.op() == b.op() && associative
                        ? render(b.right(), p) : render(b.right(), p + 1);
                yield left + " " + b.op().symbol + " " + right;
            }
            case Expr.Conditional c -> "if " + render(c.condition(), 0) + " then " + render(c.whenTrue(), 0)
                    + " else " + render(c.whenFalse(), 0);
            case Expr.Call c -> c.name() + arguments(c.args());
            case Expr.BuiltinCall c -> c.builtin().keyword() + arguments(c.args());
            case Expr.Draw d -> d.distribution().keyword() + arguments(d.args());
            case Expr.Aggregate a -> a.kind().name().toLowerCase(java.util.Locale.ROOT) + "(" + aggregateBody(a) + ")";
            case Expr.Invalid i -> "?";
        };
        return precedence(e) < context ? "(" + text + ")" : text;
    }

    /** Inside an aggregate the states are always written {@code cluster.state}. */
    private String aggregateBody(Expr.Aggregate a) {
        return new ExprText(true).render(a.body());
    }

    private String arguments(List<Expr> args) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (Expr a : args) j.add(render(a, 0));
        return j.toString();
    }

    private static String quantity(Expr.Quantity q) {
        if (q.percent()) return Quantities.percentValue(q.value());
        Type t = q.type();
        return switch (t.kind()) {
            case MONEY -> Quantities.money(q.value(), t.currency());
            case DURATION -> Quantities.number(q.value()) + (q.value() == 1 ? " month" : " months");
            default -> Quantities.number(q.value());
        };
    }
}
