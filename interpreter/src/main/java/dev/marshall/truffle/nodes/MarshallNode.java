package dev.marshall.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;
import dev.marshall.run.RunState;
import dev.marshall.source.Span;
import dev.marshall.truffle.runtime.SourceSections;

/**
 * The base of every Marshall node: it knows the span of the model element it
 * was built from, so runtime errors and Truffle tools point at the source.
 *
 * <p>Every call target of the language receives the run's {@link RunState} as
 * its first argument; {@link #runState} reads it.
 */
@NodeInfo(language = "Marshall")
public abstract class MarshallNode extends Node {
    private Span span;

    /** The span of the source text this node evaluates (null for nodes the engine adds). */
    public final Span span() {
        return span;
    }

    /** Sets the span once, while the tree is built; returns this node for chaining. */
    @SuppressWarnings("unchecked")
    public final <T extends MarshallNode> T at(Span where) {
        this.span = where;
        return (T) this;
    }

    @Override
    public SourceSection getSourceSection() {
        return SourceSections.of(span);
    }

    protected static RunState runState(VirtualFrame frame) {
        return CompilerDirectives.castExact(frame.getArguments()[0], RunState.class);
    }
}
