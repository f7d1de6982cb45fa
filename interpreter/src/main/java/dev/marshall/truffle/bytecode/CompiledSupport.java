package dev.marshall.truffle.bytecode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import dev.marshall.model.Expr.Distribution;
import dev.marshall.run.Distributions;
import dev.marshall.run.RunState;
import dev.marshall.truffle.builtins.DrawNode;
import dev.marshall.truffle.nodes.expressions.DivideNode;
import dev.marshall.truffle.nodes.expressions.FiniteNode;
import dev.marshall.truffle.nodes.statements.AssignNode;

/** What generated code calls that is not a single instruction: the run's state and the runtime errors. */
public final class CompiledSupport {
    private CompiledSupport() {}

    /** The run's state: every call target of the language gets it as its first argument. */
    public static RunState run(VirtualFrame frame) {
        return (RunState) frame.getArguments()[0];
    }

    /** {@code bernoulli(p)}, as {@code BernoulliNode} draws it: E083 unless 0 ≤ p ≤ 1, then one number of the run's stream. */
    public static boolean bernoulli(Node draw, RunState run, double p) {
        DrawNode.check(draw, Distribution.BERNOULLI, p, 0, 0);
        return Distributions.bernoulli(run.random, p);
    }

    /** E080 at the division that divided by zero. */
    public static RuntimeException byZero(Node divide) {
        return ((DivideNode) divide).byZero();
    }

    /** E080 at the assignment {@code s /= 0}. */
    public static RuntimeException byZeroInAssignment(Node assign) {
        return ((AssignNode) assign).byZero();
    }

    /** E085 at the assignment whose new value is not a number. */
    public static RuntimeException undefined(Node assign) {
        return ((AssignNode) assign).undefined();
    }

    /** E086 at the value that is not finite. */
    public static RuntimeException notFinite(Node finite, double value) {
        return ((FiniteNode) finite).notFinite(value);
    }
}
