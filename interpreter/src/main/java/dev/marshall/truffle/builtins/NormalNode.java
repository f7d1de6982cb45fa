package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.Expr.Distribution;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code normal(mean, sd)}. */
@NodeInfo(shortName = "normal")
@NodeChild(value = "mean", type = ExpressionNode.class)
@NodeChild(value = "sd", type = ExpressionNode.class)
public abstract class NormalNode extends DrawNode {
    @Specialization
    protected double draw(VirtualFrame frame, double mean, double sd) {
        check(this, Distribution.NORMAL, mean, sd, 0);
        return normal(runState(frame).random, mean, sd);
    }
}
