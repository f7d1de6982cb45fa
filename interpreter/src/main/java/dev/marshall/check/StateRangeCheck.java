package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Programme;
import dev.marshall.model.Property;
import dev.marshall.model.State;
import java.util.List;
import java.util.Optional;

/**
 * A state's range is not empty (E033) and its initial value lies inside it
 * (E032), wherever they are known before simulating: literals, arithmetic,
 * and cluster properties that are constants ({@code 0..firms}).
 */
final class StateRangeCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E032", "E033"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        for (Cluster c : p.clusters()) {
            for (State s : c.states()) {
                Optional<Double> low = value(s.low(), c);
                Optional<Double> high = value(s.high(), c);
                Optional<Double> initial = value(s.initial(), c);
                if (low.isEmpty() || high.isEmpty()) continue;
                if (low.get() > high.get()) {
                    sink.report("E033", s.low().span().to(s.high().span()), s.low().span().text(), s.high().span().text());
                } else if (initial.isPresent() && (initial.get() < low.get() || initial.get() > high.get())) {
                    sink.report("E032", s.initial().span(), s.name(), s.initial().span().text(), s.low().span().text(), s.high().span().text());
                }
            }
        }
    }

    private static Optional<Double> value(Expr e, Cluster c) {
        if (e instanceof Expr.PropertyRef ref && ref.clusterIndex() == c.index()) {
            return c.properties().get(ref.property()).map(Property::value).flatMap(Constants::number);
        }
        return Constants.number(e);
    }
}
