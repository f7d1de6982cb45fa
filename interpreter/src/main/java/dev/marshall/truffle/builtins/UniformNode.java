package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.Distribution;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code uniform(low, high)}. */
@NodeInfo(shortName = "uniform")
@NodeChild(value = "low", type = ExpressionNode.class)
@NodeChild(value = "high", type = ExpressionNode.class)
public abstract class UniformNode extends DrawNode {
    @Specialization
    protected double draw(VirtualFrame frame, double low, double high) {
        check(this, Distribution.UNIFORM, low, high, 0);
        return uniform(runState(frame).random, low, high);
    }
}
