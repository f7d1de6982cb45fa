package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code logistic(x)}: the logistic function 1 / (1 + e^-x). */
@NodeInfo(shortName = "logistic")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class LogisticNode extends ExpressionNode {
    @Specialization
    protected double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
