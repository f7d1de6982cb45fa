package dev.marshall.approach;

import dev.marshall.model.Cluster;
import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value a designer expects of a cluster property: the constant when it is
 * one ({@code women = 12%}), else the mean of its distribution
 * ({@code women = uniform(40%, 60%)} → 0.5), following params. A warning about
 * "a women share over 30%" should read an uncertain share by its mean rather
 * than stay silent.
 */
final class Expectation {
    private Expectation() {}

    static Optional<Double> ofProperty(Programme programme, Cluster cluster, String property) {
        return cluster.properties().get(property).flatMap(p -> of(programme, p.value(), 0));
    }

    private static Optional<Double> of(Programme programme, Expr e, int depth) {
        if (e == null || depth > 16) return Optional.empty();
        Optional<Double> constant = Constants.number(e);
        if (constant.isPresent()) return constant;
        return switch (e) {
            case Expr.ParamRef p -> programme.param(p.name()).flatMap(param -> of(programme, param.value(), depth + 1));
            case Expr.Draw d -> mean(programme, d, depth);
            default -> Optional.empty();
        };
    }

    private static Optional<Double> mean(Programme programme, Expr.Draw draw, int depth) {
        List<Double> args = new ArrayList<>();
        for (Expr a : draw.args()) {
            Optional<Double> v = of(programme, a, depth + 1);
            if (v.isEmpty()) return Optional.empty();
            args.add(v.get());
        }
        if (args.size() != draw.distribution().arity) return Optional.empty();
        return Optional.of(switch (draw.distribution()) {
            case NORMAL -> args.get(0);
            case UNIFORM -> (args.get(0) + args.get(1)) / 2;
            case TRIANGULAR -> (args.get(0) + args.get(1) + args.get(2)) / 3;
            case BERNOULLI -> args.get(0);
        });
    }
}
