package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import dev.marshall.run.RunState;
import dev.marshall.source.Span;
import dev.marshall.truffle.MarshallLanguage;
import dev.marshall.truffle.runtime.MarshallRuntimeError;
import dev.marshall.truffle.runtime.SourceSections;
import com.oracle.truffle.api.CompilerDirectives;

/**
 * One whole run of a programme as one call target: sample the starting
 * values, then months 1..horizon. Its only argument is the run's
 * {@link RunState}, which it fills with the run's outcome. Keeping the month
 * and replica loops inside guest code lets Truffle compile a run as one unit,
 * instead of crossing from Java into guest code for every replica and month.
 */
@NodeInfo(language = "Marshall", shortName = "run")
public final class RunRootNode extends RootNode {
    private final int horizon;
    private final Span span;
    @Child private StartNode start;
    @Child private MonthNode month;

    /** {@code frame} has a slot for each argument of the fn calls inlined into the run. */
    public RunRootNode(MarshallLanguage language, com.oracle.truffle.api.frame.FrameDescriptor frame, int horizon,
                       StartNode start, MonthNode month, Span span) {
        super(language, frame);
        this.horizon = horizon;
        this.start = start;
        this.month = month;
        this.span = span;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        RunState run = CompilerDirectives.castExact(frame.getArguments()[0], RunState.class);
        start.execute(frame);
        for (int m = 1; m <= horizon; m++) {
            if (run.control.stopRequested()) throw MarshallRuntimeError.of("E088", this, "stopped", 0, 0);
            run.month = m;
            month.execute(frame);
        }
        LoopNode.reportLoopCount(this, horizon);
        return run;
    }

    @Override
    public String getName() {
        return "run";
    }

    @Override
    public SourceSection getSourceSection() {
        return SourceSections.of(span);
    }
}
