package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.Distribution;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code triangular(low, mode, high)}. */
@NodeInfo(shortName = "triangular")
@NodeChild(value = "low", type = ExpressionNode.class)
@NodeChild(value = "mode", type = ExpressionNode.class)
@NodeChild(value = "high", type = ExpressionNode.class)
public abstract class TriangularNode extends DrawNode {
    @Specialization
    protected double draw(VirtualFrame frame, double low, double mode, double high) {
        check(this, Distribution.TRIANGULAR, low, mode, high);
        return triangular(runState(frame).random, low, mode, high);
    }
}
