package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code max(a, b)}: the larger of two numbers (one-argument {@code max} is an aggregate). */
@NodeInfo(shortName = "max")
@NodeChild(value = "a", type = ExpressionNode.class)
@NodeChild(value = "b", type = ExpressionNode.class)
public abstract class MaxNode extends ExpressionNode {
    @Specialization
    protected double max(double a, double b) {
        return Math.max(a, b);
    }
}
