package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code ceil(x)}, the smallest whole number not below {@code x}; keeps the unit. */
@NodeInfo(shortName = "ceil")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class CeilNode extends ExpressionNode {
    @Specialization
    protected double ceil(double x) {
        return Math.ceil(x);
    }
}
