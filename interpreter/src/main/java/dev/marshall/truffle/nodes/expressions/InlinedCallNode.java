package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import dev.marshall.truffle.nodes.ExpressionNode;

/**
 * A call of a {@code fn} inlined by the translator: the arguments are
 * evaluated left to right into frame slots of their own (as a call would pass
 * them), then a copy of the fn's body, whose parameters read those slots, is
 * evaluated in place. Same order of evaluation, so the same random draws, as
 * a {@link CallNode}; no call target, argument array or boxing.
 */
@NodeInfo(shortName = "inlined-call")
public final class InlinedCallNode extends ExpressionNode {
    @Children private final ExpressionNode[] arguments;
    @CompilationFinal(dimensions = 1) private final int[] slots;
    @CompilationFinal(dimensions = 1) private final boolean[] conditions;
    @Child private ExpressionNode body;

    public InlinedCallNode(ExpressionNode[] arguments, int[] slots, boolean[] conditions, ExpressionNode body) {
        this.arguments = arguments;
        this.slots = slots;
        this.conditions = conditions;
        this.body = body;
    }

    @ExplodeLoop
    private void bind(VirtualFrame frame) {
        for (int i = 0; i < arguments.length; i++) {
            if (conditions[i]) frame.setBoolean(slots[i], arguments[i].condition(frame));
            else frame.setDouble(slots[i], arguments[i].number(frame));
        }
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        bind(frame);
        return body.executeGeneric(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        bind(frame);
        return body.executeDouble(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        bind(frame);
        return body.executeBoolean(frame);
    }

    /** The arguments, evaluated left to right (for the tree compiler, which reads the tree). */
    public ExpressionNode[] arguments() { return arguments.clone(); }

    /** The frame slot of each argument. */
    public int[] slots() { return slots.clone(); }

    /** Whether each argument is a condition (else a number). */
    public boolean[] argumentConditions() { return conditions.clone(); }

    /** The fn's body, reading its parameters from the slots. */
    public ExpressionNode body() { return body; }
}
