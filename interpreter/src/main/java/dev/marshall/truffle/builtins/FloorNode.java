package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code floor(x)}, the largest whole number not above {@code x}; keeps the unit. */
@NodeInfo(shortName = "floor")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class FloorNode extends ExpressionNode {
    @Specialization
    protected double floor(double x) {
        return Math.floor(x);
    }
}
