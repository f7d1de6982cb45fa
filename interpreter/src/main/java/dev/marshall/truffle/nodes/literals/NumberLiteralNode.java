package dev.marshall.truffle.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** A number as written ({@code 0.035}, {@code 12%}, {@code 40_000 EUR}, {@code month 9}), in its base unit. */
@NodeInfo(shortName = "number")
public final class NumberLiteralNode extends ExpressionNode {
    private final double value;

    public NumberLiteralNode(double value) {
        this.value = value;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return value;
    }

    /** The number, in its base unit. */
    public double value() { return value; }
}
