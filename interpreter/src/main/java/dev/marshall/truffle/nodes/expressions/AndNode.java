package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code a and b}: {@code b} is evaluated only when {@code a} holds (so a draw in it is skipped otherwise). */
@NodeInfo(shortName = "and")
public final class AndNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final CountingConditionProfile evaluateRight = CountingConditionProfile.create();

    public AndNode(ExpressionNode left, ExpressionNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return evaluateRight.profile(left.condition(frame)) && right.condition(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    /** The child {@code left} (for the tree compiler, which reads the tree). */
    public ExpressionNode left() { return left; }

    /** The child {@code right} (for the tree compiler, which reads the tree). */
    public ExpressionNode right() { return right; }
}
