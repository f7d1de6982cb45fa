package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Dependency;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule holds together: {@code after} links between interventions
 * form no cycle (E040, naming the whole cycle), and nothing is planned
 * outside the horizon (E041) — fixed starts, the end an intervention reaches
 * when everything it waits for runs as planned, milestone due months and
 * indicator target months.
 */
final class ScheduleCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E040", "E041"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        List<Intervention> interventions = p.interventions();
        boolean[] inCycle = cycles(interventions, sink);
        int horizon = p.horizon();
        if (horizon <= 0) return;

        int[] earliest = new int[interventions.size()];
        for (Intervention i : interventions) {
            if (inCycle[i.index()]) continue;
            int start = earliestStart(i, interventions, earliest, inCycle);
            if (start <= 0) continue;
            if (start > horizon) {
                sink.report("E041", i.startsOnFixedMonth() ? i.properties().valueSpanOf("start", i.nameSpan()) : i.nameSpan(),
                        "the " + (i.startsOnFixedMonth() ? "" : "earliest ") + "start of '" + i.name() + "'", start, horizon);
            } else if (start + i.duration() - 1 > horizon) {
                sink.report("E041", i.properties().spanOf("duration", i.nameSpan()),
                        "the " + (i.startsOnFixedMonth() ? "" : "earliest ") + "end of '" + i.name() + "'", start + i.duration() - 1, horizon)
                        .hint("shorten it to at most " + (horizon - start + 1) + " months, or lengthen the horizon");
            }
        }
        for (Milestone m : p.milestones()) {
            // A due month below 1 was refused where it is written (E034) and is 0 here: not said twice.
            if (m.properties().has("due") && m.due() > horizon) {
                sink.report("E041", m.properties().valueSpanOf("due", m.nameSpan()), "the due month of '" + m.name() + "'", m.due(), horizon);
            }
        }
        for (Indicator i : p.indicators()) {
            for (dev.marshall.model.Target t : i.targets()) {
                if (t.byMonth() < 1 || t.byMonth() > horizon) {
                    sink.report("E041", t.span(), "the target month of '" + i.name() + "'" + (t.total() ? "" : " for " + t.group()), t.byMonth(), horizon);
                }
            }
        }
    }

    /** Month of the earliest start when everything waited for runs as planned; 0 when it waits for a milestone. */
    private static int earliestStart(Intervention i, List<Intervention> all, int[] memo, boolean[] inCycle) {
        if (memo[i.index()] != 0) return memo[i.index()];
        int start;
        if (i.start() != null) {
            start = i.start();
        } else {
            start = 1;
            for (Dependency d : i.after()) {
                if (d.kind() == Dependency.Kind.MILESTONE || inCycle[d.index()]) return memo[i.index()] = -1;
                Intervention before = all.get(d.index());
                int s = earliestStart(before, all, memo, inCycle);
                if (s <= 0) return memo[i.index()] = -1;
                start = Math.max(start, s + before.duration());
            }
        }
        return memo[i.index()] = start;
    }

    /** Reports each cycle of after links once; returns which interventions lie on one. */
    private static boolean[] cycles(List<Intervention> interventions, DiagnosticSink sink) {
        int n = interventions.size();
        int[] colour = new int[n];
        boolean[] inCycle = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (colour[i] == 0) visit(i, interventions, colour, new ArrayList<>(), inCycle, sink);
        }
        return inCycle;
    }

    private static void visit(int i, List<Intervention> all, int[] colour, List<Integer> path, boolean[] inCycle, DiagnosticSink sink) {
        colour[i] = 1;
        path.add(i);
        for (Dependency d : all.get(i).after()) {
            if (d.kind() != Dependency.Kind.INTERVENTION) continue;
            int next = d.index();
            if (colour[next] == 1) {
                List<Integer> cycle = path.subList(path.indexOf(next), path.size());
                StringBuilder names = new StringBuilder();
                for (int k : cycle) {
                    inCycle[k] = true;
                    names.append(all.get(k).name()).append(" → ");
                }
                names.append(all.get(next).name());
                var report = sink.report("E040", d.span(), names);
                for (int k : cycle) {
                    Intervention member = all.get(k);
                    if (k != i) report.related(member.properties().spanOf("after", member.nameSpan()), "'" + member.name() + "' waits here");
                }
            } else if (colour[next] == 0) {
                visit(next, all, colour, path, inCycle, sink);
            }
        }
        path.remove(path.size() - 1);
        colour[i] = 2;
    }
}
