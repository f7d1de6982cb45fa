package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Cluster;
import dev.marshall.model.Constants;
import dev.marshall.model.Intervention;
import dev.marshall.model.Network;
import dev.marshall.model.NetworkWork;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * The size a network is formed towards must make sense: an intervention that
 * forms a network grows it towards its {@code firms}, so the network must give
 * one (E233); a count of a cluster's firms cannot exceed the firms the cluster
 * has, when that is a constant (E232; a drawn size is capped run by run).
 */
final class NetworkSizeCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E232", "E233"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        for (Network n : p.networks()) {
            Network.FirmsOf of = n.firmsOf();
            if (of != null && !of.share()) {
                Cluster c = p.clusters().get(of.clusterIndex());
                c.properties().get("firms").flatMap(f -> Constants.number(f.value())).ifPresent(firms -> {
                    double total = firms * Math.max(1, c.replicas());
                    if (of.amount() > total) {
                        sink.report("E232", n.properties().valueSpanOf("firms", n.nameSpan()), n.name(), format(of.amount()), c.name(), format(total))
                                .related(c.properties().valueSpanOf("firms", c.nameSpan()), "the cluster's firms");
                    }
                });
            }
            if (!n.hasFirms()) {
                for (Intervention i : NetworkWork.formers(p, n)) {
                    sink.report("E233", i.properties().valueSpanOf("forms", i.nameSpan()), i.name(), n.name())
                            .related(n.nameSpan(), "declared here");
                }
            }
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
