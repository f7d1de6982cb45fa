package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Focus;
import dev.marshall.model.Programme;
import java.util.List;
import java.util.Optional;

/**
 * A23: "a pro-poor initiative will select clusters that offer the greatest
 * potential to generate economic opportunities for the poor" — because of the
 * presence of women or home workers, of labour-intensive production, or of
 * its rural setting (§3.3: "or based on geographical considerations (e.g.
 * rural areas)").
 * A pro-poor programme that works in a cluster with none of these features
 * has chosen its cluster for other reasons, or has not said why.
 */
final class ProPoorClusterRule implements Check {
    static final String CODE = "A23";

    /** The share of women or informal workers from which they are a presence in the cluster. */
    static final double PRESENCE = 0.10;

    /** Labour's share of production cost from which production counts as labour-intensive. */
    static final double LABOUR_INTENSIVE = 0.30;

    /** The share of the cluster's firms in rural areas from which the cluster counts as rural. */
    static final double RURAL = 0.50;

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        if (programme.focus() != Focus.PRO_POOR) return;
        for (Cluster cluster : programme.clusters()) {
            if (atLeast(programme, cluster, "women", PRESENCE)
                    || atLeast(programme, cluster, "informal", PRESENCE)
                    || atLeast(programme, cluster, "labour_intensity", LABOUR_INTENSIVE)
                    || atLeast(programme, cluster, "rural", RURAL)) continue;
            sink.report(CODE, cluster.nameSpan(), cluster.name());
        }
    }

    private static boolean atLeast(Programme programme, Cluster cluster, String property, double share) {
        Optional<Double> value = Expectation.ofProperty(programme, cluster, property);
        return value.isPresent() && value.get() >= share;
    }
}
