package dev.marshall.truffle.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import dev.marshall.run.RunState;
import dev.marshall.run.Schedule;
import dev.marshall.truffle.nodes.StatementNode;

/**
 * One month of a run, in the order of LANGUAGE.md: (1) start the
 * interventions whose time has come; (2) run the {@code each month} blocks of
 * active interventions in declaration order; (3) evaluate milestones not yet
 * reached, in declaration order (so one may test {@code m.reached} of an
 * earlier one in the same month); (4) record indicators whose reporting
 * period ends now; then add the month's spend.
 */
@NodeInfo(shortName = "month")
public final class MonthNode extends StatementNode {
    private final Schedule schedule;
    @Children private final InterventionNode[] interventions;
    @Children private final MilestoneNode[] milestones;
    @Children private final IndicatorNode[] indicators;

    public MonthNode(Schedule schedule, InterventionNode[] interventions, MilestoneNode[] milestones, IndicatorNode[] indicators) {
        this.schedule = schedule;
        this.interventions = interventions;
        this.milestones = milestones;
        this.indicators = indicators;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        RunState run = runState(frame);
        schedule.begin(run);
        for (InterventionNode intervention : interventions) intervention.execute(frame, run);
        for (MilestoneNode milestone : milestones) milestone.execute(frame, run);
        for (IndicatorNode indicator : indicators) indicator.execute(frame, run);
        schedule.spend(run);
    }
}
