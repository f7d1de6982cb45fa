package dev.marshall.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What in a programme is uncertain, found without simulating: a quantity is
 * uncertain when a draw reaches it — directly (a distribution in a param, a
 * cluster property, a state's start or bounds, an {@code each month}
 * statement) or through what it reads (an uncertain param, property or state,
 * the {@code .reached} of an uncertain milestone, the status of an
 * intervention whose start waits for something uncertain, a network whose
 * size, uptake or forming work is uncertain). A state is
 * uncertain when an assignment to it reads something uncertain, sits under an
 * uncertain {@code if}, or runs in an intervention whose timing is uncertain.
 * The analysis is a fixpoint over the whole programme, so the order of
 * declarations does not matter.
 *
 * <p>It errs towards "uncertain": a draw multiplied by zero still counts.
 * A {@code --set} override is not part of the programme; the forecast's
 * caveat passes the fixed params in ({@link #of(Programme, Set)}).
 *
 * @param params     uncertain params, by name
 * @param properties uncertain cluster properties, as {@code cluster.property}
 * @param states     uncertain states, as {@code cluster.state}
 * @param milestones milestones whose condition is uncertain
 * @param indicators indicators whose value is uncertain
 */
public record Uncertainty(Set<String> params, Set<String> properties, Set<String> states,
                          Set<String> milestones, Set<String> indicators) {

    /** Whether nothing uncertain reaches any milestone or indicator: every forecast is a single path. */
    public boolean forecastIsCertain() { return milestones.isEmpty() && indicators.isEmpty(); }

    public static Uncertainty of(Programme programme) {
        return of(programme, Set.of());
    }

    /** The same, with some params fixed for a run ({@code --set name=value}): those are certain. */
    public static Uncertainty of(Programme programme, Set<String> fixedParams) {
        return new Analysis(programme, fixedParams).run();
    }

    private static final class Analysis {
        private final Programme programme;
        private final Set<String> fixedParams;
        private final Set<String> params = new LinkedHashSet<>();
        private final Set<String> properties = new LinkedHashSet<>();
        private final Set<String> states = new LinkedHashSet<>();
        private final Set<String> milestones = new LinkedHashSet<>();
        private final Set<String> interventions = new LinkedHashSet<>(); // uncertain timing
        private final Set<String> indicators = new LinkedHashSet<>();
        private boolean changed;

        Analysis(Programme programme, Set<String> fixedParams) {
            this.programme = programme;
            this.fixedParams = fixedParams;
        }

        Uncertainty run() {
            do {
                changed = false;
                for (Param p : programme.params()) {
                    if (!fixedParams.contains(p.name()) && uncertain(p.value())) mark(params, p.name());
                }
                for (Cluster c : programme.clusters()) {
                    for (Property p : c.properties().all()) {
                        if (uncertain(p.value())) mark(properties, c.name() + "." + p.name());
                    }
                    for (State s : c.states()) {
                        if (uncertain(s.initial()) || uncertain(s.low()) || uncertain(s.high())) mark(states, c.name() + "." + s.name());
                    }
                }
                for (Milestone m : programme.milestones()) {
                    if (uncertain(m.when())) mark(milestones, m.name());
                }
                for (Intervention i : programme.interventions()) {
                    for (Dependency d : i.after()) {
                        boolean waitsForUncertain = d.kind() == Dependency.Kind.MILESTONE
                                ? milestones.contains(d.name()) : interventions.contains(d.name());
                        if (waitsForUncertain) mark(interventions, i.name());
                    }
                    statements(i.eachMonth(), interventions.contains(i.name()));
                }
            } while (changed);
            for (Indicator i : programme.indicators()) {
                if (uncertain(i.value())) indicators.add(i.name());
            }
            return new Uncertainty(Set.copyOf(params), Set.copyOf(properties), Set.copyOf(states),
                    Set.copyOf(milestones), Set.copyOf(indicators));
        }

        private void statements(List<Statement> statements, boolean uncertainContext) {
            for (Statement s : statements) {
                switch (s) {
                    case Statement.Assign a -> {
                        if (uncertainContext || uncertain(a.value())) mark(states, a.target().cluster() + "." + a.target().state());
                    }
                    case Statement.If i -> {
                        boolean inner = uncertainContext || uncertain(i.condition());
                        statements(i.whenTrue(), inner);
                        statements(i.whenFalse(), inner);
                    }
                }
            }
        }

        private void mark(Set<String> set, String key) {
            if (set.add(key)) changed = true;
        }

        /**
         * A network's state is uncertain when its size is a count or share of a cluster whose {@code firms} is
         * uncertain, its uptake is an uncertain param, or an intervention that forms or strengthens it has an
         * uncertain start.
         */
        private boolean network(Network n) {
            if (n.firmsOf() != null && properties.contains(n.firmsOf().cluster() + ".firms")) return true;
            if (n.uptakeParam() >= 0 && params.contains(programme.params().get(n.uptakeParam()).name())) return true;
            for (Intervention i : NetworkWork.formers(programme, n)) if (interventions.contains(i.name())) return true;
            for (Intervention i : NetworkWork.strengtheners(programme, n)) if (interventions.contains(i.name())) return true;
            return false;
        }

        private boolean uncertain(Expr e) {
            if (e == null) return false;
            return switch (e) {
                case Expr.Draw d -> true;
                case Expr.ParamRef p -> params.contains(p.name());
                case Expr.PropertyRef p -> properties.contains(p.cluster() + "." + p.property());
                case Expr.StateRef s -> states.contains(s.cluster() + "." + s.state());
                case Expr.MilestoneReached m -> milestones.contains(m.milestone());
                case Expr.InterventionStatus s -> interventions.contains(s.intervention());
                case Expr.NetworkState n -> network(programme.networks().get(n.networkIndex()));
                case Expr.OwnProperty o -> uncertain(o.value());
                case Expr.Unary u -> uncertain(u.operand());
                case Expr.Binary b -> uncertain(b.left()) || uncertain(b.right());
                case Expr.Conditional c -> uncertain(c.condition()) || uncertain(c.whenTrue()) || uncertain(c.whenFalse());
                case Expr.Call c -> c.args().stream().anyMatch(this::uncertain);
                case Expr.BuiltinCall c -> c.args().stream().anyMatch(this::uncertain);
                case Expr.ListOf l -> l.items().stream().anyMatch(this::uncertain);
                case Expr.Aggregate a -> uncertain(a.body());
                default -> false;
            };
        }
    }
}
