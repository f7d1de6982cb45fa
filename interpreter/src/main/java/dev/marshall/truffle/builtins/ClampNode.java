package dev.marshall.truffle.builtins;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code clamp(x, lo, hi)}: x limited to lo..hi, i.e. max(lo, min(hi, x)). */
@NodeInfo(shortName = "clamp")
@NodeChild(value = "x", type = ExpressionNode.class)
@NodeChild(value = "low", type = ExpressionNode.class)
@NodeChild(value = "high", type = ExpressionNode.class)
public abstract class ClampNode extends ExpressionNode {
    @Specialization
    protected double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }
}
