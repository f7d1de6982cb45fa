package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** A condition used as a number: 1 when it holds, else 0 (e.g. {@code bernoulli(p)} in a sum). */
@NodeInfo(shortName = "as-number")
public final class ConditionAsNumberNode extends ExpressionNode {
    @Child private ExpressionNode condition;

    public ConditionAsNumberNode(ExpressionNode condition) {
        this.condition = condition;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return condition.condition(frame) ? 1 : 0;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeDouble(frame);
    }

    /** The child {@code condition} (for the tree compiler, which reads the tree). */
    public ExpressionNode conditionNode() { return condition; }
}
