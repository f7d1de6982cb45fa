package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.truffle.nodes.ExpressionNode;

/** A parameter of the enclosing {@code fn}: argument {@code slot + 1} (argument 0 is the run state). */
@NodeInfo(shortName = "arg")
public final class ArgumentReadNode extends ExpressionNode {
    private final int index;

    public ArgumentReadNode(int slot) {
        this.index = slot + 1;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
