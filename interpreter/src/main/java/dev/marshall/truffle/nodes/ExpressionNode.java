package dev.marshall.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import dev.marshall.truffle.runtime.MarshallTypes;
import dev.marshall.truffle.runtime.MarshallTypesGen;

/**
 * A node that computes a value. The model is statically typed, so a parent
 * knows whether a child yields a number or a truth value and calls
 * {@link #number} or {@link #condition}: no boxing on the fast path.
 */
@TypeSystemReference(MarshallTypes.class)
public abstract class ExpressionNode extends MarshallNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return MarshallTypesGen.expectDouble(executeGeneric(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return MarshallTypesGen.expectBoolean(executeGeneric(frame));
    }

    /** The value of a child the type checker proved numeric. */
    public final double number(VirtualFrame frame) {
        try {
            return executeDouble(frame);
        } catch (UnexpectedResultException e) {
            throw CompilerDirectives.shouldNotReachHere("a numeric expression produced " + e.getResult());
        }
    }

    /** The value of a child the type checker proved to be a condition. */
    public final boolean condition(VirtualFrame frame) {
        try {
            return executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            throw CompilerDirectives.shouldNotReachHere("a condition produced " + e.getResult());
        }
    }
}
