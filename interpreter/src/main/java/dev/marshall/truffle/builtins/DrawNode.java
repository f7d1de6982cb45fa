package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import dev.marshall.model.Expr.Distribution;
import dev.marshall.run.Distributions;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.runtime.MarshallRuntimeError;
import java.util.random.RandomGenerator;

/**
 * A random draw from the run's stream, evaluated anew each time: in a
 * {@code param} once per run, in a cluster property once per run and
 * replica, in an {@code each month} block every month (and replica). The
 * sampling itself is {@link Distributions}, behind a boundary: the generator
 * is ordinary Java code, not worth partial evaluation.
 */
public abstract class DrawNode extends ExpressionNode {

    /** Stops the run with E083 when the arguments do not define the distribution. */
    public static void check(Node where, Distribution distribution, double a, double b, double c) {
        if (!Distributions.isValid(distribution, a, b, c)) throw fail(where, distribution, a, b, c);
    }

    @TruffleBoundary
    private static MarshallRuntimeError fail(Node where, Distribution distribution, double a, double b, double c) {
        return MarshallRuntimeError.of("E083", where, distribution.keyword(), Distributions.problem(distribution, a, b, c));
    }

    @TruffleBoundary
    protected static double normal(RandomGenerator random, double mean, double sd) {
        return Distributions.normal(random, mean, sd);
    }

    @TruffleBoundary
    protected static double uniform(RandomGenerator random, double low, double high) {
        return Distributions.uniform(random, low, high);
    }

    @TruffleBoundary
    protected static double triangular(RandomGenerator random, double low, double mode, double high) {
        return Distributions.triangular(random, low, mode, high);
    }

    @TruffleBoundary
    protected static boolean bernoulli(RandomGenerator random, double p) {
        return Distributions.bernoulli(random, p);
    }
}
