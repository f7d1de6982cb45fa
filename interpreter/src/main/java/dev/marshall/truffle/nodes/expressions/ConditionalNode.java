package dev.marshall.truffle.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import dev.marshall.truffle.nodes.ExpressionNode;

/** {@code if c then a else b}: only the chosen branch is evaluated. */
@NodeInfo(shortName = "if")
public final class ConditionalNode extends ExpressionNode {
    @Child private ExpressionNode condition;
    @Child private ExpressionNode whenTrue;
    @Child private ExpressionNode whenFalse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalNode(ExpressionNode condition, ExpressionNode whenTrue, ExpressionNode whenFalse) {
        this.condition = condition;
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return profile.profile(condition.condition(frame)) ? whenTrue.number(frame) : whenFalse.number(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return profile.profile(condition.condition(frame)) ? whenTrue.condition(frame) : whenFalse.condition(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(condition.condition(frame)) ? whenTrue.executeGeneric(frame) : whenFalse.executeGeneric(frame);
    }

    /** The child {@code condition} (for the tree compiler, which reads the tree). */
    public ExpressionNode conditionNode() { return condition; }

    /** The child {@code whenTrue} (for the tree compiler, which reads the tree). */
    public ExpressionNode whenTrue() { return whenTrue; }

    /** The child {@code whenFalse} (for the tree compiler, which reads the tree). */
    public ExpressionNode whenFalse() { return whenFalse; }
}
