package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.model.WholeNumbers;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code round(x)}, the nearest whole number with halves away from zero; keeps the unit. */
@NodeInfo(shortName = "round")
@NodeChild(value = "x", type = ExpressionNode.class)
public abstract class RoundNode extends ExpressionNode {
    @Specialization
    protected double round(double x) {
        return WholeNumbers.round(x);
    }
}
