package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Expr;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import dev.marshall.model.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A06: where women or informal workers are a large share of the cluster, the
 * programme must see them in its data and reach them on purpose (§3.3, Box 8,
 * Box 9).
 */
final class WomenAndInformalRule implements Check {
    static final String CODE = "A06";

    /** The share above which a group is a large part of the cluster. */
    static final double LARGE_SHARE = 0.30;

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        boolean bySex = false;
        for (Indicator i : programme.indicators()) bySex |= i.disaggregate().contains("sex");
        for (Cluster cluster : programme.clusters()) {
            Optional<Double> women = large(programme, cluster, "women");
            Optional<Double> informal = large(programme, cluster, "informal");
            boolean targeted = targetsAnyone(programme, cluster);
            List<String> missing = new ArrayList<>(2);
            if (women.isPresent() && !bySex) missing.add("no indicator is disaggregated by sex");
            if ((women.isPresent() || informal.isPresent()) && !targeted) missing.add("no intervention targets anyone");
            if (missing.isEmpty()) continue;
            String group = women.isPresent() ? "women" : "informal";
            double share = women.isPresent() ? women.get() : informal.get();
            Property property = cluster.properties().get(group).orElseThrow();
            sink.report(CODE, property.span(), percent(share), cluster.name(), group, String.join(" and ", missing));
        }
    }

    private static Optional<Double> large(Programme programme, Cluster cluster, String property) {
        return Expectation.ofProperty(programme, cluster, property).filter(v -> v > LARGE_SHARE);
    }

    /** Whether some intervention working in this cluster (or in no particular one) names whom it targets. */
    private static boolean targetsAnyone(Programme programme, Cluster cluster) {
        for (Intervention i : programme.interventions()) {
            if (i.targets().isEmpty()) continue;
            String in = clusterOf(programme, i);
            if (in == null || in.equals(cluster.name())) return true;
        }
        return false;
    }

    /** The cluster an intervention works in: the one its statements use, or its {@code in}; null when not said. */
    static String clusterOf(Programme programme, Intervention intervention) {
        int index = intervention.clusterIndex();
        if (index >= 0 && index < programme.clusters().size()) return programme.clusters().get(index).name();
        return intervention.properties().get("in")
                .map(Property::value)
                .filter(v -> v instanceof Expr.Word)
                .map(v -> ((Expr.Word) v).name())
                .orElse(null);
    }

    private static String percent(double share) {
        double p = share * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.format(java.util.Locale.ROOT, "%.1f", p)) + "%";
    }
}
