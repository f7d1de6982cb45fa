package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code min(a, b)}: the smaller of two numbers (one-argument {@code min} is an aggregate). */
@NodeInfo(shortName = "min")
@NodeChild(value = "a", type = ExpressionNode.class)
@NodeChild(value = "b", type = ExpressionNode.class)
public abstract class MinNode extends ExpressionNode {
    @Specialization
    protected double min(double a, double b) {
        return Math.min(a, b);
    }
}
