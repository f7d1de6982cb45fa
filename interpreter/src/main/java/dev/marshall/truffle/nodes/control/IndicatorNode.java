package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.Reporting;
import dev.marshall.run.RunState;
import dev.marshall.truffle.nodes.ExpressionNode;
import dev.marshall.truffle.nodes.MarshallNode;

/** An indicator's {@code value}, evaluated at the end of each reporting period and at its target month. */
@NodeInfo(shortName = "indicator")
public final class IndicatorNode extends MarshallNode {
    private final int indicator;
    private final Reporting reporting;
    @Child private ExpressionNode value;

    public IndicatorNode(int indicator, Reporting reporting, ExpressionNode value) {
        this.indicator = indicator;
        this.reporting = reporting;
        this.value = value;
    }

    void execute(VirtualFrame frame, RunState run) {
        if (reporting.records(indicator, run.month)) reporting.record(run, indicator, value.number(frame));
    }
}
