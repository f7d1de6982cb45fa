package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.runtime.MarshallRuntimeError;

/**
 * A call of a user or library {@code fn}: arguments are evaluated left to
 * right and passed after the run state; the callee is a call target of its
 * own, which Truffle inlines into hot callers.
 *
 * <p>fns are pure formulas and the checker rejects recursion (E061); should
 * a recursive programme reach the engine anyway, calls nested deeper than
 * {@link #MAX_DEPTH} stop the run with E081 at the call instead of
 * overflowing the stack.
 */
@NodeInfo(shortName = "call")
public final class CallNode extends ExpressionNode {
    public static final int MAX_DEPTH = dev.marshall.model.Limits.MAX_CALL_DEPTH;

    private final String name;
    @Children private final ExpressionNode[] arguments;
    @Child private DirectCallNode call;

    public CallNode(String name, CallTarget function, ExpressionNode[] arguments) {
        this.name = name;
        this.arguments = arguments;
        this.call = DirectCallNode.create(function);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        RunState run = runState(frame);
        Object[] values = new Object[arguments.length + 1];
        values[0] = run;
        for (int i = 0; i < arguments.length; i++) values[i + 1] = arguments[i].executeGeneric(frame);
        if (++run.depth > MAX_DEPTH) throw MarshallRuntimeError.of("E081", this, name, MAX_DEPTH);
        // A host's cancel or time limit must reach a month whose fns call each other exponentially often.
        if (run.control.stopRequested()) throw MarshallRuntimeError.of("E088", this, "stopped", 0, 0);
        Object result = call.call(values);
        run.depth--;
        return result;
    }
}
