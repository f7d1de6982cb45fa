package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code abs(x)}: the absolute value. */
@NodeInfo(shortName = "abs")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class AbsNode extends ExpressionNode {
    @Specialization
    protected double abs(double x) {
        return Math.abs(x);
    }
}
