package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Focus;
import dev.marshall.model.Intervention;
import dev.marshall.model.Priority;
import dev.marshall.model.Priority.Objective;
import dev.marshall.model.Programme;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A11: a programme cannot meet all objectives at once; it must choose its
 * trade-offs (inclusiveness or growth, depth or breadth, tomorrow or today)
 * and its work must follow the choice (§4).
 */
final class PrioritiesRule implements Check {
    static final String CODE = "A11";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.priorities().isEmpty()) {
            sink.report(CODE, Where.programme(programme), "are missing: the programme does not say which trade-offs it chooses");
            return;
        }
        Map<Objective, Priority> preferred = new EnumMap<>(Objective.class);
        for (Priority p : programme.priorities()) {
            if (p.preferred() == null || p.over() == null) continue;
            Priority opposite = preferred.get(p.over());
            if (opposite != null && opposite.over() == p.preferred()) {
                sink.report(CODE, p.span(), "say both '" + line(opposite) + "' and '" + line(p) + "'")
                        .related(opposite.span(), "the opposite choice");
                continue;
            }
            preferred.putIfAbsent(p.preferred(), p);
            checkAgainstWork(programme, p, sink);
        }
    }

    private static void checkAgainstWork(Programme programme, Priority p, DiagnosticSink sink) {
        var focus = Where.programmeProperty(programme, "focus");
        switch (p.preferred()) {
            case INCLUSIVENESS -> {
                if (p.over() != Objective.GROWTH) return;
                if (proPoorSpending(programme) <= 0) {
                    sink.report(CODE, p.span(), "say '" + line(p) + "', but no pro-poor intervention has a cost");
                }
                if (programme.focus() == Focus.GROWTH) {
                    sink.report(CODE, p.span(), "say '" + line(p) + "', but focus = growth").related(focus, "focus chosen here");
                }
            }
            case GROWTH -> {
                if (p.over() == Objective.INCLUSIVENESS && programme.focus() == Focus.PRO_POOR) {
                    sink.report(CODE, p.span(), "say '" + line(p) + "', but focus = pro_poor").related(focus, "focus chosen here");
                }
            }
            case BREADTH -> {
                if (p.over() == Objective.DEPTH && !reachesBeyondOneCluster(programme)) {
                    sink.report(CODE, p.span(), "say '" + line(p)
                            + "', but the programme assists one cluster and has no dissemination or policy intervention");
                }
            }
            default -> { }
        }
    }

    private static double proPoorSpending(Programme programme) {
        double total = 0;
        for (Intervention i : programme.interventions()) if (Kinds.isProPoor(programme, i)) total += i.cost();
        return total;
    }

    private static boolean reachesBeyondOneCluster(Programme programme) {
        if (programme.clusters().size() > 1) return true;
        for (Cluster c : programme.clusters()) if (c.isReplicated()) return true;
        for (Intervention i : programme.interventions()) if (Kinds.isScaleUp(programme, i)) return true;
        return false;
    }

    private static String line(Priority p) {
        return p.preferred().keyword() + " over " + p.over().keyword();
    }
}
