package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.Distribution;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * {@code bernoulli(p)}: true with probability p. Where the type checker made
 * it a number, the translator wraps it so that it is 1 or 0.
 */
@NodeInfo(shortName = "bernoulli")
@NodeChild(value = "p", type = ExpressionNode.class)
public abstract class BernoulliNode extends DrawNode {
    /** The probability (for the tree compiler, which reads the tree). */
    public abstract ExpressionNode getP();

    @Specialization
    protected boolean draw(VirtualFrame frame, double p) {
        check(this, Distribution.BERNOULLI, p, 0, 0);
        return bernoulli(runState(frame).random, p);
    }
}
