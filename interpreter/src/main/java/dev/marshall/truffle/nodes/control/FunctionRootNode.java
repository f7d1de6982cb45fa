package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import dev.marshall.source.Span;
import dev.marshall.truffle.MarshallLanguage;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.runtime.SourceSections;

/**
 * The body of a {@code fn}, as a call target of its own. Arguments: the run
 * state, then the fn's parameters in order. The body is set after the call
 * target exists, so that fns may call fns declared later.
 */
@NodeInfo(language = "Marshall", shortName = "fn")
public final class FunctionRootNode extends RootNode {
    private final String name;
    private final Span span;
    @Child private ExpressionNode body;

    public FunctionRootNode(MarshallLanguage language, String name, Span span) {
        super(language);
        this.name = name;
        this.span = span;
    }

    public void setBody(ExpressionNode newBody) {
        this.body = insert(newBody);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.executeGeneric(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return SourceSections.of(span);
    }

    @Override
    public String toString() {
        return "fn " + name;
    }
}
