package dev.marshall.semantic;

import java.util.OptionalInt;
import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.grammar.MarshallParser.ExprContext;
import dev.marshall.model.Expr;
import dev.marshall.model.Expr.BinaryOp;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import dev.marshall.source.SourceFile;
import dev.marshall.syntax.TreeText;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds model expressions and statements from the parse tree of one file:
 * resolves every name in its {@link Scope} ({@link NameResolver}), types every
 * node with its unit ({@link TypeRules}, calls in {@link CallBuilder}), and
 * reports what does not resolve or combine. An
 * expression with an error becomes a node of type UNKNOWN so that the
 * mistake is reported once, not again by everything around it.
 */
final class ExpressionBuilder {
    private final TreeText text;
    private final SourceFile source;
    private final DiagnosticSink sink;
    final NameResolver names;
    private final CallBuilder calls;
    private final StatementBuilder statements;
    /** Replicated clusters read inside the aggregate being built (filled by {@link NameResolver}, read by {@link CallBuilder}). */
    Set<Integer> aggregated = new HashSet<>();

    ExpressionBuilder(TreeText text, SymbolTable symbols, DiagnosticSink sink) {
        this.text = text;
        this.source = text.source();
        this.sink = sink;
        this.names = new NameResolver(this, symbols, sink);
        this.calls = new CallBuilder(this, symbols, sink);
        this.statements = new StatementBuilder(this, symbols, sink);
    }

    Span span(ParserRuleContext ctx) {
        return text.span(ctx);
    }

    Span span(Token token) {
        return text.span(token);
    }

    String string(MarshallParser.StringContext ctx) {
        return text.string(ctx);
    }

    /** The statements of an {@code each month} block. */
    List<Statement> statements(MarshallParser.StatementBlockContext block, Scope scope) {
        return statements.statements(block, scope);
    }

    // ------------------------------------------------------------ expressions

    Expr build(ExprContext ctx, Scope scope) {
        if (ctx == null || ctx.exception != null && ctx.start == null) return new Expr.Invalid(span(ctx));
        return switch (ctx) {
            case MarshallParser.PrimaryExprContext p -> primary(p.primary(), scope);
            case MarshallParser.MemberExprContext m -> names.member(m, scope);
            case MarshallParser.UnaryExprContext u -> unary(u, scope);
            case MarshallParser.NotExprContext n -> {
                Expr operand = expect(build(n.operand, scope), Type.BOOLEAN);
                yield new Expr.Unary(Expr.UnaryOp.NOT, operand, Type.BOOLEAN, span(ctx));
            }
            case MarshallParser.MultiplicativeExprContext b -> binary(b.op, b.left, b.right, scope, ctx);
            case MarshallParser.AdditiveExprContext b -> binary(b.op, b.left, b.right, scope, ctx);
            case MarshallParser.ComparisonExprContext b -> binary(b.op, b.left, b.right, scope, ctx);
            case MarshallParser.AndExprContext b -> binary(b.AND().getSymbol(), b.left, b.right, scope, ctx);
            case MarshallParser.OrExprContext b -> binary(b.OR().getSymbol(), b.left, b.right, scope, ctx);
            case MarshallParser.ConditionalExprContext c -> conditional(c, scope);
            default -> new Expr.Invalid(span(ctx));
        };
    }

    /** Builds and requires a type; reports E020 when it does not fit. */
    Expr build(ExprContext ctx, Scope scope, Type expected) {
        return expect(build(ctx, scope), expected);
    }

    Expr expect(Expr e, Type expected) {
        if (!e.type().fits(expected)) {
            if (e.type().kind() == expected.kind() && expected.kind() == Type.Kind.MONEY) {
                sink.report("E021", e.span(), "use", e.type().describe(), "where " + expected.describe() + " is expected");
            } else {
                sink.report("E020", e.span(), expected.describe(), e.type().describe());
            }
        }
        return e;
    }

    private Expr primary(MarshallParser.PrimaryContext ctx, Scope scope) {
        if (ctx == null) return new Expr.Invalid(Span.at(source, 0));
        Span span = span(ctx);
        return switch (ctx) {
            case MarshallParser.QuantityLiteralContext q -> quantity(q, span);
            case MarshallParser.DateLiteralContext d -> date(d.DATE().getSymbol(), span);
            case MarshallParser.MonthLiteralContext m -> {
                OptionalInt month = Counts.whole(text.number(m.NUMBER().getSymbol()), 1, Limits.MAX_MONTHS, "the N of month N", "", span, sink);
                yield month.isPresent() ? new Expr.MonthPoint(month.getAsInt(), span) : new Expr.Invalid(span);
            }
            case MarshallParser.CurrentMonthContext c -> {
                if (!scope.dynamic()) {
                    sink.report("E019", span, "the current month", scope.where());
                    yield new Expr.Invalid(span);
                }
                yield new Expr.CurrentMonth(span);
            }
            case MarshallParser.StringLiteralContext s -> new Expr.Text(text.string(s.string()), span);
            case MarshallParser.BooleanLiteralContext b -> new Expr.Bool(b.value.getType() == MarshallParser.TRUE, span);
            case MarshallParser.ListLiteralContext l -> {
                List<Expr> items = new ArrayList<>();
                for (ExprContext e : l.expr()) items.add(build(e, scope));
                yield new Expr.ListOf(items, span);
            }
            case MarshallParser.CallExprContext c -> calls.call(c, scope);
            case MarshallParser.NameExprContext n -> names.name(n.ident().getText(), span, scope);
            case MarshallParser.ParenExprContext p -> {
                Expr inner = build(p.expr(), scope);
                yield inner;
            }
            default -> new Expr.Invalid(span);
        };
    }

    private Expr quantity(MarshallParser.QuantityLiteralContext q, Span span) {
        double value = text.number(q.NUMBER().getSymbol());
        if (q.unit == null) return new Expr.Quantity(value, Type.NUMBER, false, span);
        Token unit = q.unit.start;
        return switch (unit.getType()) {
            case MarshallParser.PERCENT -> new Expr.Quantity(value / 100.0, Type.NUMBER, true, span);
            case MarshallParser.MONTH, MarshallParser.MONTHS -> new Expr.Quantity(value, Type.DURATION, false, span);
            case MarshallParser.YEAR, MarshallParser.YEARS -> new Expr.Quantity(value * 12, Type.DURATION, false, span);
            default -> {
                String code = unit.getText();
                if (!isCurrency(code)) {
                    sink.report("E017", span(unit), code, "an ISO 4217 currency code");
                    yield new Expr.Quantity(value, Type.UNKNOWN, false, span);
                }
                yield new Expr.Quantity(value, Type.money(code), false, span);
            }
        };
    }

    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Expr date(Token token, Span span) {
        String[] parts = token.getText().split("-");
        int year = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        boolean valid = month >= 1 && month <= 12 && year >= 1900 && year <= 2200;
        if (valid && day != 0) {
            valid = day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
        }
        if (!valid) {
            sink.report("E007", span, token.getText());
            return new Expr.Invalid(span);
        }
        return new Expr.Date(year, month, day, span);
    }

    private Expr unary(MarshallParser.UnaryExprContext u, Scope scope) {
        Expr operand = build(u.operand, scope);
        if (u.op.getType() == MarshallParser.PLUS) return operand;
        if (!operand.type().isNumeric()) {
            sink.report("E020", operand.span(), "a number", operand.type().describe());
            return new Expr.Unary(Expr.UnaryOp.NEGATE, operand, Type.UNKNOWN, span(u));
        }
        return new Expr.Unary(Expr.UnaryOp.NEGATE, operand, operand.type(), span(u));
    }

    private Expr binary(Token op, ExprContext leftCtx, ExprContext rightCtx, Scope scope, ExprContext whole) {
        Expr left = build(leftCtx, scope);
        Expr right = build(rightCtx, scope);
        BinaryOp operator = switch (op.getType()) {
            case MarshallParser.PLUS -> BinaryOp.ADD;
            case MarshallParser.MINUS -> BinaryOp.SUBTRACT;
            case MarshallParser.STAR -> BinaryOp.MULTIPLY;
            case MarshallParser.SLASH -> BinaryOp.DIVIDE;
            case MarshallParser.LT -> BinaryOp.LESS;
            case MarshallParser.LE -> BinaryOp.LESS_EQUAL;
            case MarshallParser.GT -> BinaryOp.GREATER;
            case MarshallParser.GE -> BinaryOp.GREATER_EQUAL;
            case MarshallParser.EQ -> BinaryOp.EQUAL;
            case MarshallParser.NE -> BinaryOp.NOT_EQUAL;
            case MarshallParser.AND -> BinaryOp.AND;
            default -> BinaryOp.OR;
        };
        Span span = span(whole);
        Type type = TypeRules.binary(operator, left.type(), right.type());
        if (type == null) {
            if (operator.isLogical()) {
                Expr wrong = left.type().fits(Type.BOOLEAN) ? right : left;
                sink.report("E020", wrong.span(), Type.BOOLEAN.describe(), wrong.type().describe());
            } else {
                sink.report("E021", span(op), TypeRules.verb(operator), left.type().describe(), right.type().describe())
                        .related(left.span(), left.type().describe())
                        .related(right.span(), right.type().describe());
            }
            type = operator.isComparison() || operator.isLogical() ? Type.BOOLEAN : Type.UNKNOWN;
        }
        return new Expr.Binary(operator, left, right, type, span);
    }

    private Expr conditional(MarshallParser.ConditionalExprContext c, Scope scope) {
        Expr condition = build(c.condition, scope, Type.BOOLEAN);
        Expr whenTrue = build(c.whenTrue, scope);
        Expr whenFalse = build(c.whenFalse, scope);
        Type type = whenTrue.type();
        if (!whenFalse.type().fits(type)) {
            sink.report("E020", whenFalse.span(), type.describe() + " (like the then branch)", whenFalse.type().describe())
                    .related(whenTrue.span(), "the then branch is " + type.describe());
            type = Type.UNKNOWN;
        } else if (type.isUnknown()) {
            type = whenFalse.type();
        }
        return new Expr.Conditional(condition, whenTrue, whenFalse, type, span(c));
    }

    static String article(String kind) {
        return switch (kind.charAt(0)) {
            case 'a', 'e', 'i', 'o', 'u' -> "an " + kind;
            default -> "a " + kind;
        };
    }
}
