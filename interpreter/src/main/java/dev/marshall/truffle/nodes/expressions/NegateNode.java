package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code -a}. */
@NodeInfo(shortName = "-")
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NegateNode extends ExpressionNode {
    /** The operand (for the tree compiler, which reads the tree). */
    public abstract ExpressionNode getOperand();

    @Specialization
    protected double negate(double a) {
        return -a;
    }
}
