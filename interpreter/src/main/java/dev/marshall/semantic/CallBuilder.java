package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.grammar.MarshallParser.ExprContext;
import dev.marshall.model.Expr;
import dev.marshall.model.Type;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Calls: built-in functions and distributions (typed by {@link TypeRules}),
 * aggregates over a replicated cluster, and user fns (typed per call by
 * {@link FunctionTypes}, as fns are generic in units). Reports unknown
 * callees, wrong arities and arguments no distribution can have.
 */
final class CallBuilder extends ExpressionPart {
    CallBuilder(ExpressionBuilder x, SymbolTable symbols, DiagnosticSink sink) {
        super(x, symbols, sink);
    }

    private static final Set<String> AGGREGATES = Set.of("sum", "mean", "count", "min", "max");

    Expr call(MarshallParser.CallExprContext c, Scope scope) {
        String name = c.callee.getText();
        Span span = span(c);
        List<ExprContext> argCtx = c.expr();
        SymbolTable.Entry entry = symbols.lookup(name);
        boolean userFunction = entry != null && entry.kind().equals("fn") && !symbols.functions().isEmpty()
                && entry.index() < symbols.functions().size() && !symbols.functions().get(entry.index()).isNative();
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
                            .hint(TypeRules.keepsUnit(builtin) ? "its arguments must have the same unit" : "its arguments must be plain numbers");
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
            for (ExprContext a : argCtx) x.build(a, scope);
            return new Expr.Invalid(span);
        }
        if (!entry.kind().equals("fn")) {
            sink.report("E012", span(c.callee), name, ExpressionBuilder.article(entry.kind()), "a call", "a fn").related(entry.nameSpan(), "declared here");
            return new Expr.Invalid(span);
        }
        List<Expr> args = arguments(argCtx, scope, name, symbols.functionArities.get(entry.index()), span);
        if (args == null) return new Expr.Invalid(span);
        Type type = Type.UNKNOWN;
        if (entry.index() < symbols.functions().size()) {
            Expr body = symbols.functions().get(entry.index()).body();
            type = body == null ? Type.UNKNOWN : symbols.functionTypes.call(entry.index(), args.stream().map(Expr::type).toList());
            if (type == null) {
                sink.report("E025", span, name, describe(args))
                        .related(symbols.functions().get(entry.index()).span(), "its formula combines its arguments in a way these units do not allow");
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
        for (ExprContext a : argCtx) args.add(x.build(a, scope));
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
        Set<Integer> outer = x.aggregated;
        x.aggregated = new HashSet<>();
        Expr body = x.build(argCtx.get(0), scope.insideAggregate());
        Set<Integer> seen = x.aggregated;
        x.aggregated = outer;
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
            x.expect(body, Type.BOOLEAN);
            type = Type.NUMBER;
        } else {
            if (!body.type().isNumeric()) sink.report("E020", body.span(), "a number", body.type().describe());
            type = body.type().isNumeric() ? body.type() : Type.UNKNOWN;
        }
        return new Expr.Aggregate(kind, symbols.clusters.get(cluster).name, cluster, body, type, span);
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
