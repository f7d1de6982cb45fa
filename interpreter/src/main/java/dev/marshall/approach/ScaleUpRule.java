package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A12: policy impact does not trickle up from pilots by itself; a programme
 * that works in several clusters needs a path to scale up and mainstream the
 * approach (§4, Box 11).
 */
final class ScaleUpRule implements Check {
    static final String CODE = "A12";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Intervention i : programme.interventions()) if (Kinds.isScaleUp(programme, i)) return;
        List<Cluster> clusters = programme.clusters();
        for (Cluster c : clusters) {
            if (c.isReplicated()) {
                sink.report(CODE, c.properties().spanOf("replicas", c.nameSpan()),
                        c.replicas() + " replicas of cluster '" + c.name() + "'");
                return;
            }
        }
        if (clusters.size() > 1) {
            var report = sink.report(CODE, clusters.get(1).nameSpan(), clusters.size() + " clusters");
            report.related(clusters.get(0).nameSpan(), "cluster '" + clusters.get(0).name() + "'");
            for (int i = 2; i < clusters.size(); i++) {
                report.related(clusters.get(i).nameSpan(), "cluster '" + clusters.get(i).name() + "'");
            }
        }
    }
}
