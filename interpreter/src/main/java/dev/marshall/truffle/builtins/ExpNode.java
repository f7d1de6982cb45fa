package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code exp(x)}: e to the power x. */
@NodeInfo(shortName = "exp")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class ExpNode extends ExpressionNode {
    @Specialization
    protected double exp(double x) {
        return Math.exp(x);
    }
}
