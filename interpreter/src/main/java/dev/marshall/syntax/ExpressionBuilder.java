package dev.marshall.syntax;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.grammar.MarshallParser.ExprContext;
import dev.marshall.check.Counts;
import dev.marshall.model.Limits;
import dev.marshall.model.Expr;
import dev.marshall.model.Expr.BinaryOp;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.OptionalInt;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds model expressions and statements from the parse tree of one file:
 * resolves every name in its {@link Scope}, types every node with its unit
 * ({@link TypeRules}), and reports what does not resolve or combine. An
 * expression with an error becomes a node of type UNKNOWN so that the
 * mistake is reported once, not again by everything around it.
 */
final class ExpressionBuilder {
    private final SourceFile source;
    private final SymbolTable symbols;
    private final DiagnosticSink sink;
    /** Replicated clusters read inside the aggregate being built. */
    private Set<Integer> aggregated = new HashSet<>();

    ExpressionBuilder(SourceFile source, SymbolTable symbols, DiagnosticSink sink) {
        this.source = source;
        this.symbols = symbols;
        this.sink = sink;
    }

    Span span(ParserRuleContext ctx) {
        if (ctx == null || ctx.start == null) return Span.at(source, 0);
        Token stop = ctx.stop != null && ctx.stop.getStopIndex() >= ctx.start.getStartIndex() ? ctx.stop : ctx.start;
        return new Span(source, ctx.start.getStartIndex(), Math.max(ctx.start.getStartIndex(), stop.getStopIndex() + 1));
    }

    Span span(Token token) {
        return Parsing.span(source, token);
    }

    // ------------------------------------------------------------ expressions

    Expr build(ExprContext ctx, Scope scope) {
        if (ctx == null || ctx.exception != null && ctx.start == null) return new Expr.Invalid(span(ctx));
        return switch (ctx) {
            case MarshallParser.PrimaryExprContext p -> primary(p.primary(), scope);
            case MarshallParser.MemberExprContext m -> member(m, scope);
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
                OptionalInt month = Counts.whole(number(m.NUMBER().getSymbol()), 1, Limits.MAX_MONTHS, "the N of month N", "", span, sink);
                yield month.isPresent() ? new Expr.MonthPoint(month.getAsInt(), span) : new Expr.Invalid(span);
            }
            case MarshallParser.CurrentMonthContext c -> {
                if (!scope.dynamic()) {
                    sink.report("E019", span, "the current month", scope.where());
                    yield new Expr.Invalid(span);
                }
                yield new Expr.CurrentMonth(span);
            }
            case MarshallParser.StringLiteralContext s -> new Expr.Text(string(s.string()), span);
            case MarshallParser.BooleanLiteralContext b -> new Expr.Bool(b.value.getType() == MarshallParser.TRUE, span);
            case MarshallParser.ListLiteralContext l -> {
                List<Expr> items = new ArrayList<>();
                for (ExprContext e : l.expr()) items.add(build(e, scope));
                yield new Expr.ListOf(items, span);
            }
            case MarshallParser.CallExprContext c -> call(c, scope);
            case MarshallParser.NameExprContext n -> name(n.ident().getText(), span, scope);
            case MarshallParser.ParenExprContext p -> {
                Expr inner = build(p.expr(), scope);
                yield inner;
            }
            default -> new Expr.Invalid(span);
        };
    }

    private Expr quantity(MarshallParser.QuantityLiteralContext q, Span span) {
        double value = number(q.NUMBER().getSymbol());
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

    double number(Token token) {
        String digits = token.getText().replace("_", "");
        try {
            double value = Double.parseDouble(digits);
            if (Double.isInfinite(value)) {
                sink.report("E005", span(token), token.getText()).hint("the number is too large");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            sink.report("E005", span(token), token.getText());
            return 0;
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

    /** The text of a string literal, escapes resolved; a bad escape is reported (E008) and kept as written. */
    String string(MarshallParser.StringContext ctx) {
        if (ctx == null) return "";
        String raw = ctx.getText();
        // A string the parser made up while recovering from an error has no text of its own.
        if (!raw.startsWith("\"") || ctx.start == null || ctx.start.getStartIndex() < 0) return "";
        boolean terminated = ctx.STRING() != null && raw.length() >= 2;
        String body = raw.substring(1, terminated ? raw.length() - 1 : raw.length());
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                default -> {
                    int at = ctx.start.getStartIndex() + 1 + i - 1;
                    sink.report("E008", new Span(source, at, at + 2), "\\" + next);
                    out.append('\\').append(next);
                }
            }
        }
        return out.toString();
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

    // ------------------------------------------------------------ names

    private Expr name(String name, Span span, Scope scope) {
        int local = scope.locals().indexOf(name);
        if (local >= 0) return new Expr.LocalRef(name, local, Type.UNKNOWN, span);
        if (scope.own().containsKey(name)) {
            Expr value = scope.own().get(name);
            return new Expr.OwnProperty(name, value, value.type(), span);
        }
        if (scope.clusters() && scope.cluster() >= 0) {
            Expr inCluster = clusterMember(symbols.clusters.get(scope.cluster()), name, span, scope, true);
            if (inCluster != null) return inCluster;
        } else if (scope.clusters()) {
            List<SymbolTable.ClusterShape> owners = owners(name);
            if (!owners.isEmpty()) {
                List<String> names = owners.stream().map(c -> c.name).toList();
                sink.report("E050", span, name, owners.size() == 1 ? "cluster " + names.get(0) : "clusters " + String.join(", ", names), names.get(0));
                return new Expr.Invalid(span);
            }
        }
        SymbolTable.Entry entry = symbols.lookup(name);
        if (entry != null) {
            if (entry.kind().equals("param")) {
                if (scope.params() >= 0 && entry.index() >= scope.params()) {
                    if (scope.isFunction()) {
                        sink.report("E019", span, "param '" + name + "'", scope.where()).hint("fns are pure: pass the param in as an argument");
                    } else if (scope.where().equals("a param")) {
                        sink.report("E019", span, "param '" + name + "'", scope.where())
                                .related(entry.nameSpan(), "declared here").hint("a param can use only params declared before it");
                    } else {
                        sink.report("E019", span, "param '" + name + "'", scope.where())
                                .hint("params are sampled for each run; " + scope.where() + " must be a constant");
                    }
                    return new Expr.Invalid(span);
                }
                return new Expr.ParamRef(name, entry.index(), symbols.paramTypes.getOrDefault(name, Type.UNKNOWN), span);
            }
            sink.report("E012", span, name, article(entry.kind()), "a value in " + scope.where(), "a number, a condition or text")
                    .related(entry.nameSpan(), "declared here")
                    .hint(switch (entry.kind()) {
                        case "milestone" -> "write " + name + ".reached";
                        case "intervention" -> "write " + name + ".active, " + name + ".started or " + name + ".finished";
                        case "cluster" -> "name one of its states: " + name + ".<state>";
                        default -> "";
                    });
            return new Expr.Invalid(span);
        }
        sink.report("E010", span, name).hint(Suggestions.didYouMean(name, symbols.allNames(scope)));
        return new Expr.Invalid(span);
    }

    private List<SymbolTable.ClusterShape> owners(String name) {
        List<SymbolTable.ClusterShape> owners = new ArrayList<>();
        for (SymbolTable.ClusterShape c : symbols.clusters) {
            if (c.states.contains(name) || c.properties.contains(name)) owners.add(c);
        }
        return owners;
    }

    /** A state or property of a cluster, or null when the cluster has none of that name. */
    private Expr clusterMember(SymbolTable.ClusterShape cluster, String name, Span span, Scope scope, boolean unqualified) {
        int state = cluster.states.indexOf(name);
        int property = cluster.properties.indexOf(name);
        if (state < 0 && property < 0) return null;
        if (!scope.clusters()) {
            sink.report("E019", span, "cluster '" + cluster.name + "'", scope.where())
                    .hint(scope.isFunction() ? "fns are pure: pass the value in as an argument" : "it is fixed before the clusters are sampled");
            return new Expr.Invalid(span);
        }
        if (state >= 0 && !scope.dynamic()) {
            if (unqualified && property < 0) return null;
            if (property < 0) {
                sink.report("E019", span, "state '" + name + "'", scope.where()).hint("states change during the simulation; " + scope.where() + " is fixed before it starts");
                return new Expr.Invalid(span);
            }
        }
        if (cluster.replicated() && !scope.aggregate() && !(scope.perReplica() && scope.cluster() == cluster.index)) {
            sink.report("E051", span, name, cluster.name);
            return new Expr.Invalid(span);
        }
        if (scope.aggregate() && cluster.replicated()) aggregated.add(cluster.index);
        if (state >= 0 && scope.dynamic()) {
            return new Expr.StateRef(cluster.name, cluster.index, name, state, cluster.types.getOrDefault("state " + name, Type.UNKNOWN), span);
        }
        if (scope.visibleProperties() >= 0 && scope.cluster() == cluster.index && property >= scope.visibleProperties()) {
            sink.report("E019", span, "property '" + name + "'", scope.where()).hint("a cluster property can use only the properties written before it");
            return new Expr.Invalid(span);
        }
        return new Expr.PropertyRef(cluster.name, cluster.index, name, property, cluster.types.getOrDefault(name, Type.UNKNOWN), span);
    }

    private Expr member(MarshallParser.MemberExprContext m, Scope scope) {
        Span span = span(m);
        String field = m.field == null ? "" : m.field.getText();
        if (!(m.target instanceof MarshallParser.PrimaryExprContext p && p.primary() instanceof MarshallParser.NameExprContext n)) {
            build(m.target, scope);
            sink.report("E001", span(m.field), "'." + field + "' can follow only the name of a cluster, a milestone or an intervention");
            return new Expr.Invalid(span);
        }
        String target = n.ident().getText();
        SymbolTable.Entry entry = symbols.lookup(target);
        if (entry == null) {
            sink.report("E010", span(n), target).hint(Suggestions.didYouMean(target, symbols.declarations.keySet()));
            return new Expr.Invalid(span);
        }
        switch (entry.kind()) {
            case "cluster" -> {
                SymbolTable.ClusterShape cluster = symbols.clusters.get(entry.index());
                Expr e = clusterMember(cluster, field, span, scope, false);
                if (e != null) return e;
                List<String> candidates = new ArrayList<>(cluster.states);
                candidates.addAll(cluster.properties);
                sink.report("E013", span(m.field), "cluster '" + target + "'", field).hint(Suggestions.didYouMean(field, candidates));
                return new Expr.Invalid(span);
            }
            case "milestone" -> {
                if (!scope.dynamic()) {
                    sink.report("E019", span, "a milestone's progress", scope.where());
                    return new Expr.Invalid(span);
                }
                if (field.equals("reached")) return new Expr.MilestoneReached(target, entry.index(), span);
                sink.report("E013", span(m.field), "milestone '" + target + "'", field).hint("a milestone has 'reached'");
                return new Expr.Invalid(span);
            }
            case "intervention" -> {
                if (!scope.dynamic()) {
                    sink.report("E019", span, "an intervention's progress", scope.where());
                    return new Expr.Invalid(span);
                }
                Expr.InterventionStatus.Status status = switch (field) {
                    case "active" -> Expr.InterventionStatus.Status.ACTIVE;
                    case "started" -> Expr.InterventionStatus.Status.STARTED;
                    case "finished" -> Expr.InterventionStatus.Status.FINISHED;
                    default -> null;
                };
                if (status != null) return new Expr.InterventionStatus(target, entry.index(), status, span);
                sink.report("E013", span(m.field), "intervention '" + target + "'", field)
                        .hint(Suggestions.closest(field, List.of("active", "started", "finished")) instanceof String s
                                ? "did you mean '" + s + "'?" : "an intervention has 'active', 'started' and 'finished'");
                return new Expr.Invalid(span);
            }
            default -> {
                sink.report("E012", span(n), target, article(entry.kind()), "the target of '." + field + "'", "a cluster, a milestone or an intervention")
                        .related(entry.nameSpan(), "declared here");
                return new Expr.Invalid(span);
            }
        }
    }

    // ------------------------------------------------------------ calls

    private static final Set<String> AGGREGATES = Set.of("sum", "mean", "count", "min", "max");

    private Expr call(MarshallParser.CallExprContext c, Scope scope) {
        String name = c.callee.getText();
        Span span = span(c);
        List<ExprContext> argCtx = c.expr();
        SymbolTable.Entry entry = symbols.lookup(name);
        boolean userFunction = entry != null && entry.kind().equals("fn") && !symbols.functions.isEmpty()
                && entry.index() < symbols.functions.size() && !symbols.functions.get(entry.index()).isNative();
        if (!userFunction) {
            if (AGGREGATES.contains(name) && (argCtx.size() == 1 || !(name.equals("min") || name.equals("max")))) {
                return aggregate(name, argCtx, scope, span);
            }
            Expr.Builtin builtin = enumOf(Expr.Builtin.class, name);
            if (builtin != null) {
                List<Expr> args = arguments(argCtx, scope, name, builtin.arity, span);
                if (args == null) return new Expr.Invalid(span);
                Type type = TypeRules.builtin(builtin, args.stream().map(Expr::type).toList());
                if (type == null) {
                    sink.report("E025", span, name, describe(args))
                            .hint(builtin.ordinal() <= Expr.Builtin.ABS.ordinal() ? "its arguments must have the same unit" : "its arguments must be plain numbers");
                    type = Type.UNKNOWN;
                }
                return new Expr.BuiltinCall(builtin, args, type, span);
            }
            Expr.Distribution distribution = enumOf(Expr.Distribution.class, name);
            if (distribution != null) {
                if (!scope.draws()) {
                    sink.report("E062", span, name + "(…)", scope.where());
                    return new Expr.Invalid(span);
                }
                List<Expr> args = arguments(argCtx, scope, name, distribution.arity, span);
                if (args == null) return new Expr.Invalid(span);
                Type type = TypeRules.distribution(distribution, args.stream().map(Expr::type).toList());
                if (type == null) {
                    sink.report("E025", span, name, describe(args)).hint("its arguments must have the same unit");
                    type = Type.UNKNOWN;
                }
                impossibleDraw(distribution, args, span);
                return new Expr.Draw(distribution, args, type, span);
            }
        }
        if (entry == null) {
            List<String> candidates = new ArrayList<>(symbols.functionNames);
            for (Expr.Builtin b : Expr.Builtin.values()) candidates.add(b.keyword());
            for (Expr.Distribution d : Expr.Distribution.values()) candidates.add(d.keyword());
            candidates.addAll(AGGREGATES);
            sink.report("E010", span(c.callee), name).hint(Suggestions.didYouMean(name, candidates));
            for (ExprContext a : argCtx) build(a, scope);
            return new Expr.Invalid(span);
        }
        if (!entry.kind().equals("fn")) {
            sink.report("E012", span(c.callee), name, article(entry.kind()), "a call", "a fn").related(entry.nameSpan(), "declared here");
            return new Expr.Invalid(span);
        }
        List<Expr> args = arguments(argCtx, scope, name, symbols.functionArities.get(entry.index()), span);
        if (args == null) return new Expr.Invalid(span);
        Type type = Type.UNKNOWN;
        if (entry.index() < symbols.functions.size()) {
            Expr body = symbols.functions.get(entry.index()).body();
            type = body == null ? Type.UNKNOWN : TypeRules.retype(body, args.stream().map(Expr::type).toList(), symbols.functions, 0);
            if (type == null) {
                sink.report("E025", span, name, describe(args))
                        .related(symbols.functions.get(entry.index()).span(), "its formula combines its arguments in a way these units do not allow");
                type = Type.UNKNOWN;
            }
        }
        return new Expr.Call(name, entry.index(), args, type, span);
    }

    /** A draw whose constant arguments no distribution can have (E026); draws with varying arguments are checked at run time. */
    private void impossibleDraw(Expr.Distribution distribution, List<Expr> args, Span span) {
        double[] a = new double[args.size()];
        for (int i = 0; i < a.length; i++) {
            java.util.Optional<Double> v = dev.marshall.model.Constants.number(args.get(i));
            if (v.isEmpty()) return;
            a[i] = v.get();
        }
        String call = distribution.keyword() + "(…)";
        switch (distribution) {
            case NORMAL -> { if (a[1] < 0) sink.report("E026", span, call, "its standard deviation is negative", "write normal(mean, sd) with sd >= 0"); }
            case UNIFORM -> { if (a[0] > a[1]) sink.report("E026", span, call, "its low bound is above its high bound", "write uniform(low, high) with low <= high"); }
            case TRIANGULAR -> {
                if (!(a[0] <= a[1] && a[1] <= a[2])) sink.report("E026", span, call, "its mode does not lie between its bounds", "write triangular(low, mode, high) with low <= mode <= high");
            }
            case BERNOULLI -> { if (a[0] < 0 || a[0] > 1) sink.report("E026", span, call, "its probability is outside 0..1", "write bernoulli(p) with p between 0 and 1 (e.g. 15%)"); }
        }
    }

    private List<Expr> arguments(List<ExprContext> argCtx, Scope scope, String name, int arity, Span span) {
        List<Expr> args = new ArrayList<>();
        for (ExprContext a : argCtx) args.add(build(a, scope));
        if (args.size() != arity) {
            sink.report("E060", span, name, arity, args.size());
            return null;
        }
        return args;
    }

    private Expr aggregate(String name, List<ExprContext> argCtx, Scope scope, Span span) {
        if (argCtx.size() != 1) {
            sink.report("E060", span, name, 1, argCtx.size());
            return new Expr.Invalid(span);
        }
        Set<Integer> outer = aggregated;
        aggregated = new HashSet<>();
        Expr body = build(argCtx.get(0), scope.insideAggregate());
        Set<Integer> seen = aggregated;
        aggregated = outer;
        Expr.AggregateKind kind = Expr.AggregateKind.valueOf(name.toUpperCase(Locale.ROOT));
        if (seen.size() != 1) {
            if (!body.type().isUnknown()) {
                sink.report("E052", span, name + "(…)", seen.isEmpty() ? "no replicated cluster in its argument" : "states of several replicated clusters");
            }
            return new Expr.Invalid(span);
        }
        int cluster = seen.iterator().next();
        Type type;
        if (kind == Expr.AggregateKind.COUNT) {
            expect(body, Type.BOOLEAN);
            type = Type.NUMBER;
        } else {
            if (!body.type().isNumeric()) sink.report("E020", body.span(), "a number", body.type().describe());
            type = body.type().isNumeric() ? body.type() : Type.UNKNOWN;
        }
        return new Expr.Aggregate(kind, symbols.clusters.get(cluster).name, cluster, body, type, span);
    }

    // ------------------------------------------------------------ statements

    List<Statement> statements(MarshallParser.StatementBlockContext block, Scope scope) {
        List<Statement> out = new ArrayList<>();
        if (block == null) return out;
        for (MarshallParser.StatementContext s : block.statement()) {
            Statement built = statement(s, scope);
            if (built != null) out.add(built);
        }
        return out;
    }

    private Statement statement(MarshallParser.StatementContext s, Scope scope) {
        if (s.assignment() != null) return assignment(s.assignment(), scope);
        if (s.ifStatement() != null) return ifStatement(s.ifStatement(), scope);
        return null;
    }

    private Statement ifStatement(MarshallParser.IfStatementContext c, Scope scope) {
        Expr condition = build(c.condition, scope, Type.BOOLEAN);
        List<Statement> whenTrue = statements(c.thenBlock, scope);
        List<Statement> whenFalse = c.elseBlock != null ? statements(c.elseBlock, scope)
                : c.elseIf != null ? List.of(ifStatement(c.elseIf, scope)) : List.of();
        return new Statement.If(condition, whenTrue, whenFalse, span(c));
    }

    private Statement assignment(MarshallParser.AssignmentContext a, Scope scope) {
        Span span = span(a);
        Expr value = build(a.value, scope);
        Expr.StateRef target = assignable(a.target, scope);
        if (target == null || a.op == null) return null;
        Statement.AssignOp op = switch (a.op.getType()) {
            case MarshallParser.PLUS_ASSIGN -> Statement.AssignOp.ADD;
            case MarshallParser.MINUS_ASSIGN -> Statement.AssignOp.SUBTRACT;
            case MarshallParser.TIMES_ASSIGN -> Statement.AssignOp.MULTIPLY;
            case MarshallParser.DIV_ASSIGN -> Statement.AssignOp.DIVIDE;
            default -> Statement.AssignOp.SET;
        };
        boolean scales = op == Statement.AssignOp.MULTIPLY || op == Statement.AssignOp.DIVIDE;
        expect(value, scales ? Type.NUMBER : target.type());
        return new Statement.Assign(target, op, value, span);
    }

    private Expr.StateRef assignable(MarshallParser.QualifiedNameContext q, Scope scope) {
        if (q == null || q.ident().isEmpty()) return null;
        Span span = span(q);
        List<MarshallParser.IdentContext> parts = q.ident();
        SymbolTable.ClusterShape cluster;
        String state;
        if (parts.size() == 1) {
            state = parts.get(0).getText();
            if (scope.cluster() >= 0) {
                cluster = symbols.clusters.get(scope.cluster());
            } else {
                List<SymbolTable.ClusterShape> owners = owners(state);
                if (owners.size() == 1 && symbols.clusters.size() == 1) {
                    cluster = owners.get(0);
                } else if (!owners.isEmpty()) {
                    List<String> names = owners.stream().map(c -> c.name).toList();
                    sink.report("E050", span, state, owners.size() == 1 ? "cluster " + names.get(0) : "clusters " + String.join(", ", names), names.get(0));
                    return null;
                } else {
                    return notAState(state, span, scope);
                }
            }
        } else if (parts.size() == 2) {
            cluster = symbols.cluster(parts.get(0).getText());
            state = parts.get(1).getText();
            if (cluster == null) {
                SymbolTable.Entry e = symbols.lookup(parts.get(0).getText());
                if (e == null) sink.report("E010", span(parts.get(0)), parts.get(0).getText()).hint(Suggestions.didYouMean(parts.get(0).getText(), symbols.declarations.keySet()));
                else sink.report("E053", span, q.getText(), article(e.kind()) + "'s property");
                return null;
            }
        } else {
            sink.report("E053", span, q.getText(), "not a cluster state");
            return null;
        }
        int index = cluster.states.indexOf(state);
        if (index < 0) {
            if (cluster.properties.contains(state)) {
                sink.report("E053", span, state, "a property of cluster '" + cluster.name + "', fixed for a run").hint("declare it as a state: state " + state + " = … in lo..hi");
                return null;
            }
            return notAState(state, span, scope);
        }
        if (cluster.replicated() && !(scope.perReplica() && scope.cluster() == cluster.index)) {
            String own = scope.cluster() >= 0 ? symbols.clusters.get(scope.cluster()).name : "no cluster";
            sink.report("E054", span, own, cluster.name).hint("give the intervention in = " + cluster.name + ", so that it runs for each replica");
            return null;
        }
        return new Expr.StateRef(cluster.name, cluster.index, state, index, cluster.types.getOrDefault("state " + state, Type.UNKNOWN), span);
    }

    private Expr.StateRef notAState(String name, Span span, Scope scope) {
        SymbolTable.Entry e = symbols.lookup(name);
        if (e != null) {
            sink.report("E053", span, name, article(e.kind()));
        } else {
            List<String> states = new ArrayList<>();
            for (SymbolTable.ClusterShape c : symbols.clusters) states.addAll(c.states);
            sink.report("E010", span, name).hint(Suggestions.didYouMean(name, states));
        }
        return null;
    }

    // ------------------------------------------------------------ helpers

    static String article(String kind) {
        return switch (kind.charAt(0)) {
            case 'a', 'e', 'i', 'o', 'u' -> "an " + kind;
            default -> "a " + kind;
        };
    }

    private static String describe(List<Expr> args) {
        List<String> parts = new ArrayList<>();
        for (Expr a : args) parts.add(a.type().describe());
        return String.join(", ", parts);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String keyword) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(keyword)) return e;
        }
        return null;
    }
}
