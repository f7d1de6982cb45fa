package dev.marshall.truffle.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * A parameter of an inlined {@code fn}: a slot of the run's frame, written by
 * the {@code InlinedCallNode} that evaluated the argument (a number, or a
 * condition when the argument is one).
 */
@NodeInfo(shortName = "local")
public final class LocalReadNode extends ExpressionNode {
    private final int slot;
    private final boolean condition;

    public LocalReadNode(int slot, boolean condition) {
        this.slot = slot;
        this.condition = condition;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return condition ? (Object) frame.getBoolean(slot) : (Object) frame.getDouble(slot);
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        if (condition) throw new UnexpectedResultException(frame.getBoolean(slot));
        return frame.getDouble(slot);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        if (!condition) throw new UnexpectedResultException(frame.getDouble(slot));
        return frame.getBoolean(slot);
    }

    /** The frame slot read. */
    public int slot() { return slot; }

    /** Whether the slot holds a condition (else a number). */
    public boolean holdsCondition() { return condition; }
}
