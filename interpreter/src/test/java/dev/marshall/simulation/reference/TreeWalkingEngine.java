package dev.marshall.simulation.reference;

import dev.marshall.run.RunEngine;
import dev.marshall.model.Cluster;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Param;
import dev.marshall.model.Programme;
import dev.marshall.model.Property;
import dev.marshall.model.State;
import dev.marshall.model.Statement;
import dev.marshall.model.Type;
import dev.marshall.run.Distributions;
import dev.marshall.run.NetworkGrowth;
import dev.marshall.run.Reporting;
import dev.marshall.run.RunFailure;
import dev.marshall.run.RunState;
import dev.marshall.run.Schedule;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference semantics of a run: a plain tree-walking evaluator that
 * interprets the semantic model directly, a {@code switch} over the
 * {@link Expr} records for every evaluation. It is what most DSLs do, and it
 * serves twice: tests check that the Truffle engine computes exactly what it
 * computes (same order of evaluation, same draws, so bit-identical results),
 * and the benchmarks measure how much faster the Truffle engine is.
 *
 * <p>It reads the same flat {@link RunState} and shares the schedule and
 * reporting bookkeeping, so the comparison isolates how guest code is
 * evaluated.
 */
public final class TreeWalkingEngine implements RunEngine {
    private static final int MAX_DEPTH = dev.marshall.model.Limits.MAX_CALL_DEPTH;

    private final Programme programme;
    private final double[] fixed;
    private final Schedule schedule;
    private final Reporting reporting;

    public TreeWalkingEngine(Programme programme, Map<String, Double> fixedByName) {
        this.programme = programme;
        this.fixed = new double[programme.params().size()];
        for (Param p : programme.params()) fixed[p.index()] = fixedByName.getOrDefault(p.name(), Double.NaN);
        this.schedule = new Schedule(programme);
        this.reporting = new Reporting(programme);
    }

    @Override
    public RunEngine.Worker worker() {
        return new Walker();
    }

    @Override
    public void close() {
    }

    /** Evaluates runs on one thread; {@code run} is the state of the run under way. */
    private final class Walker implements RunEngine.Worker {
        private static final Object[] NO_ARGS = new Object[0];
        private RunState run;

        @Override
        public void close() {
        }

        @Override
        public void run(RunState state) throws RunFailure {
            this.run = state;
            try {
                start();
                for (int m = 1; m <= programme.horizon(); m++) {
                    state.month = m;
                    month();
                }
            } catch (Failure f) {
                throw f.failure;
            }
        }

        private void start() {
            for (Param p : programme.params()) {
                double sampled = value(p.value());
                if (p.value().type().kind() != Type.Kind.BOOLEAN) finite(sampled, p.value(), "param '" + p.name() + "'");
                run.params[p.index()] = Double.isNaN(fixed[p.index()]) ? sampled : fixed[p.index()];
            }
            for (Cluster c : programme.clusters()) {
                List<Property> all = c.properties().all();
                int replicas = Math.max(1, c.replicas());
                for (int r = 0; r < replicas; r++) {
                    run.replica[c.index()] = r;
                    for (int k = 0; k < all.size(); k++) {
                        Expr e = all.get(k).value();
                        boolean evaluated = e != null && evaluable(e.type());
                        double v = evaluated ? value(e) : Double.NaN;
                        if (evaluated && e.type().kind() != Type.Kind.BOOLEAN) finite(v, e, "property '" + all.get(k).name() + "' of cluster '" + c.name() + "'");
                        run.properties[c.index()][r * all.size() + k] = v;
                    }
                }
                run.replica[c.index()] = 0;
            }
            for (Cluster c : programme.clusters()) {
                int replicas = Math.max(1, c.replicas());
                int stride = c.states().size();
                for (int r = 0; r < replicas; r++) {
                    run.replica[c.index()] = r;
                    for (State s : c.states()) {
                        int slot = r * stride + s.index();
                        double lo = s.low() == null ? Double.NEGATIVE_INFINITY : number(s.low(), NO_ARGS);
                        double hi = s.high() == null ? Double.POSITIVE_INFINITY : number(s.high(), NO_ARGS);
                        run.low[c.index()][slot] = lo;
                        run.high[c.index()][slot] = hi;
                        double initial = finite(number(s.initial(), NO_ARGS), s.initial(), "the starting value of state '" + s.name() + "'");
                        run.states[c.index()][slot] = Math.max(lo, Math.min(hi, initial));
                    }
                }
                run.replica[c.index()] = 0;
            }
        }

        private void month() {
            schedule.begin(run);
            for (Intervention i : programme.interventions()) {
                if (!run.runsWork(i.index())) continue;
                int c = i.clusterIndex();
                int replicas = c < 0 ? 1 : Math.max(1, programme.clusters().get(c).replicas());
                if (replicas == 1) {
                    block(i.eachMonth());
                } else {
                    for (int r = 0; r < replicas; r++) {
                        run.replica[c] = r;
                        block(i.eachMonth());
                    }
                    run.replica[c] = 0;
                }
            }
            for (Milestone m : programme.milestones()) {
                if (run.reached[m.index()] == 0 && m.when() != null && condition(m.when(), NO_ARGS)) run.reached[m.index()] = run.month;
            }
            for (Indicator i : programme.indicators()) {
                if (i.value() != null && reporting.records(i.index(), run.month)) {
                    reporting.record(run, i.index(), finite(number(i.value(), NO_ARGS), i.value(), "the value of indicator '" + i.name() + "'"));
                }
            }
            schedule.spend(run);
        }

        private void block(List<Statement> statements) {
            for (Statement s : statements) statement(s);
        }

        private void statement(Statement statement) {
            switch (statement) {
                case Statement.Assign a -> {
                    Expr.StateRef target = a.target();
                    int c = target.clusterIndex();
                    double v = number(a.value(), NO_ARGS);
                    int slot = run.replica[c] * programme.clusters().get(c).states().size() + target.stateIndex();
                    double old = run.states[c][slot];
                    double updated = switch (a.op()) {
                        case SET -> v;
                        case ADD -> old + v;
                        case SUBTRACT -> old - v;
                        case MULTIPLY -> old * v;
                        case DIVIDE -> {
                            if (v == 0) throw fail("E080", a);
                            yield old / v;
                        }
                    };
                    if (Double.isNaN(updated)) throw fail("E085", a, target.state());
                    run.states[c][slot] = Math.max(run.low[c][slot], Math.min(run.high[c][slot], updated));
                }
                case Statement.If i -> block(condition(i.condition(), NO_ARGS) ? i.whenTrue() : i.whenFalse());
            }
        }

        /** A param's or property's value as stored: conditions as 1 or 0. */
        private double value(Expr e) {
            return yieldsCondition(e) ? (condition(e, NO_ARGS) ? 1 : 0) : number(e, NO_ARGS);
        }

        private double number(Expr e, Object[] args) {
            if (yieldsCondition(e)) return condition(e, args) ? 1 : 0;
            return switch (e) {
                case Expr.Quantity q -> q.value();
                case Expr.MonthPoint m -> m.month();
                case Expr.CurrentMonth m -> run.month;
                case Expr.ParamRef p -> run.params[p.param()];
                case Expr.StateRef s -> run.states[s.clusterIndex()][run.replica[s.clusterIndex()]
                        * programme.clusters().get(s.clusterIndex()).states().size() + s.stateIndex()];
                case Expr.PropertyRef p -> run.properties[p.clusterIndex()][run.replica[p.clusterIndex()]
                        * programme.clusters().get(p.clusterIndex()).properties().all().size() + p.propertyIndex()];
                case Expr.OwnProperty o -> number(o.value(), args);
                case Expr.LocalRef l -> (Double) args[l.slot()];
                case Expr.NetworkState n -> n.field() == Expr.NetworkState.Field.FIRMS
                        ? run.networkFirms[n.networkIndex()] : run.networkStrength[n.networkIndex()];
                case Expr.Unary u -> -number(u.operand(), args);
                case Expr.Binary b -> arithmetic(b, args);
                case Expr.Conditional c -> condition(c.condition(), args) ? number(c.whenTrue(), args) : number(c.whenFalse(), args);
                case Expr.Call c -> (Double) call(c, args);
                case Expr.BuiltinCall c -> builtin(c.builtin(), c.args(), c, args);
                case Expr.Draw d -> draw(d.distribution(), d.args(), d, args);
                case Expr.Aggregate a -> aggregate(a, args);
                default -> throw new IllegalStateException("not a number: " + e);
            };
        }

        private boolean condition(Expr e, Object[] args) {
            return switch (e) {
                case Expr.Bool b -> b.value();
                case Expr.ParamRef p -> run.params[p.param()] != 0;
                case Expr.PropertyRef p -> number(withType(p, Type.NUMBER), args) != 0;
                case Expr.OwnProperty o -> condition(o.value(), args);
                case Expr.LocalRef l -> (Boolean) args[l.slot()];
                case Expr.MilestoneReached m -> run.reached[m.milestoneIndex()] != 0;
                case Expr.InterventionStatus s -> status(s);
                case Expr.NetworkState n -> run.networkStrength[n.networkIndex()] >= NetworkGrowth.ACTIVE_STRENGTH;
                case Expr.Unary u -> !condition(u.operand(), args);
                case Expr.Binary b -> comparison(b, args);
                case Expr.Conditional c -> condition(c.condition(), args) ? condition(c.whenTrue(), args) : condition(c.whenFalse(), args);
                case Expr.Call c -> (Boolean) call(c, args);
                case Expr.Draw d -> {
                    double p = number(d.args().get(0), args);
                    check(d, Expr.Distribution.BERNOULLI, p, 0, 0);
                    yield Distributions.bernoulli(run.random, p);
                }
                default -> throw new IllegalStateException("not a condition: " + e);
            };
        }

        private Expr withType(Expr.PropertyRef p, Type type) {
            return new Expr.PropertyRef(p.cluster(), p.clusterIndex(), p.property(), p.propertyIndex(), type, p.span());
        }

        private boolean status(Expr.InterventionStatus s) {
            int i = s.interventionIndex();
            if (run.started[i] == 0) return false;
            return switch (s.status()) {
                case ACTIVE -> run.isActive(i);
                case STARTED -> run.started[i] <= run.month;
                case FINISHED -> run.ends[i] < run.month;
            };
        }

        private double arithmetic(Expr.Binary b, Object[] args) {
            double l = number(b.left(), args);
            double r = number(b.right(), args);
            return switch (b.op()) {
                case ADD -> l + r;
                case SUBTRACT -> l - r;
                case MULTIPLY -> l * r;
                case DIVIDE -> {
                    if (r == 0) throw fail("E080", b);
                    yield l / r;
                }
                default -> throw new IllegalStateException("not arithmetic: " + b.op());
            };
        }

        private boolean comparison(Expr.Binary b, Object[] args) {
            return switch (b.op()) {
                case AND -> condition(b.left(), args) && condition(b.right(), args);
                case OR -> condition(b.left(), args) || condition(b.right(), args);
                case EQUAL, NOT_EQUAL -> {
                    boolean equal = yieldsCondition(b.left()) && yieldsCondition(b.right())
                            ? condition(b.left(), args) == condition(b.right(), args)
                            : number(b.left(), args) == number(b.right(), args);
                    yield b.op() == Expr.BinaryOp.EQUAL ? equal : !equal;
                }
                case LESS -> number(b.left(), args) < number(b.right(), args);
                case LESS_EQUAL -> number(b.left(), args) <= number(b.right(), args);
                case GREATER -> number(b.left(), args) > number(b.right(), args);
                case GREATER_EQUAL -> number(b.left(), args) >= number(b.right(), args);
                default -> throw new IllegalStateException("not a comparison: " + b.op());
            };
        }

        private Object call(Expr.Call c, Object[] args) {
            Function f = programme.functions().get(c.function());
            if (f.isNative() || f.body() == null) return nativeCall(f, c, args);
            Object[] values = new Object[c.args().size()];
            for (int k = 0; k < values.length; k++) {
                Expr a = c.args().get(k);
                values[k] = a.type().kind() == Type.Kind.BOOLEAN ? (Object) condition(a, args) : (Object) number(a, args);
            }
            if (++run.depth > MAX_DEPTH) throw fail("E081", c, f.name(), MAX_DEPTH);
            Object result = f.body().type().kind() == Type.Kind.BOOLEAN || c.type().kind() == Type.Kind.BOOLEAN
                    ? (Object) condition(f.body(), values) : (Object) number(f.body(), values);
            run.depth--;
            return result;
        }

        private Object nativeCall(Function f, Expr.Call c, Object[] args) {
            String name = f.name().toLowerCase(Locale.ROOT);
            for (Expr.Distribution d : Expr.Distribution.values()) {
                if (d.keyword().equals(name) && d.arity == c.args().size()) {
                    if (d == Expr.Distribution.BERNOULLI) {
                        double p = number(c.args().get(0), args);
                        check(c, d, p, 0, 0);
                        boolean happened = Distributions.bernoulli(run.random, p);
                        return c.type().kind() == Type.Kind.BOOLEAN ? (Object) happened : (Object) (happened ? 1.0 : 0.0);
                    }
                    return draw(d, c.args(), c, args);
                }
            }
            for (Expr.Builtin b : Expr.Builtin.values()) {
                if (b.keyword().equals(name) && b.arity == c.args().size()) return builtin(b, c.args(), c, args);
            }
            throw new IllegalStateException("no implementation of native fn " + f.name());
        }

        private double builtin(Expr.Builtin builtin, List<Expr> a, Expr at, Object[] args) {
            double x = number(a.get(0), args);
            return switch (builtin) {
                case MIN -> Math.min(x, number(a.get(1), args));
                case MAX -> Math.max(x, number(a.get(1), args));
                case CLAMP -> {
                    double lo = number(a.get(1), args);
                    double hi = number(a.get(2), args);
                    yield Math.max(lo, Math.min(hi, x));
                }
                case ABS -> Math.abs(x);
                // Independently of the engine's rule: exact decimal rounding, halves away from zero.
                case ROUND -> Double.isFinite(x) ? Math.copySign(new java.math.BigDecimal(x).setScale(0, java.math.RoundingMode.HALF_UP).doubleValue(), x) : x;
                case FLOOR -> Math.floor(x);
                case CEIL -> Math.ceil(x);
                case SQRT -> {
                    if (!(x >= 0)) throw fail("E082", at, "sqrt", Distributions.show(x));
                    yield Math.sqrt(x);
                }
                case EXP -> Math.exp(x);
                case LN -> {
                    if (!(x > 0)) throw fail("E082", at, "ln", Distributions.show(x));
                    yield Math.log(x);
                }
                case LOGISTIC -> 1 / (1 + Math.exp(-x));
            };
        }

        private double draw(Expr.Distribution d, List<Expr> a, Expr at, Object[] args) {
            double x = number(a.get(0), args);
            double y = a.size() > 1 ? number(a.get(1), args) : 0;
            double z = a.size() > 2 ? number(a.get(2), args) : 0;
            check(at, d, x, y, z);
            return switch (d) {
                case NORMAL -> Distributions.normal(run.random, x, y);
                case UNIFORM -> Distributions.uniform(run.random, x, y);
                case TRIANGULAR -> Distributions.triangular(run.random, x, y, z);
                case BERNOULLI -> Distributions.bernoulli(run.random, x) ? 1 : 0;
            };
        }

        private void check(Expr at, Expr.Distribution d, double a, double b, double c) {
            String problem = Distributions.problem(d, a, b, c);
            if (problem != null) throw fail("E083", at, d.keyword(), problem);
        }

        private double aggregate(Expr.Aggregate a, Object[] args) {
            int c = a.clusterIndex();
            int replicas = Math.max(1, programme.clusters().get(c).replicas());
            int saved = run.replica[c];
            double result = switch (a.kind()) {
                case MIN -> Double.POSITIVE_INFINITY;
                case MAX -> Double.NEGATIVE_INFINITY;
                default -> 0;
            };
            for (int r = 0; r < replicas; r++) {
                run.replica[c] = r;
                switch (a.kind()) {
                    case SUM, MEAN -> result += number(a.body(), args);
                    case MIN -> result = Math.min(result, number(a.body(), args));
                    case MAX -> result = Math.max(result, number(a.body(), args));
                    case COUNT -> {
                        if (condition(a.body(), args)) result += 1;
                    }
                }
            }
            run.replica[c] = saved;
            return a.kind() == Expr.AggregateKind.MEAN ? result / replicas : result;
        }

        /** The same rule as the Truffle engine's FiniteNode (E086). */
        private double finite(double v, Expr at, String what) {
            if (!Double.isFinite(v)) throw fail("E086", at, what, dev.marshall.truffle.nodes.expressions.FiniteNode.describe(v));
            return v;
        }

        private Failure fail(String code, Expr at, Object... args) {
            return new Failure(new RunFailure(code, at.span(), args));
        }

        private Failure fail(String code, Statement at, Object... args) {
            return new Failure(new RunFailure(code, at.span(), args));
        }
    }

    /** Carries a {@link RunFailure} out of the recursive evaluation. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RunFailure failure;

        Failure(RunFailure failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    private static boolean yieldsCondition(Expr e) {
        if (e instanceof Expr.Draw d && d.distribution() == Expr.Distribution.BERNOULLI) return true;
        return e.type().kind() == Type.Kind.BOOLEAN;
    }

    private static boolean evaluable(Type type) {
        return switch (type.kind()) {
            case NUMBER, MONEY, DURATION, MONTH_POINT, BOOLEAN -> true;
            default -> false;
        };
    }
}
