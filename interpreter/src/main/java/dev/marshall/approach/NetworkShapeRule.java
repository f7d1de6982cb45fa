package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Network;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A13: a horizontal network pools firms to reach scale, which two firms
 * cannot; a vertical linkage joins two levels of a value chain, so it needs
 * two different actors (§3.2a).
 */
final class NetworkShapeRule implements Check {
    static final String CODE = "A13";

    /** The fewest firms that make a horizontal network. */
    static final int MIN_FIRMS = 3;

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Network n : programme.networks()) {
            if (n.shape() == null) continue;
            switch (n.shape()) {
                case HORIZONTAL -> {
                    // A share of a cluster's firms is sized run by run: nothing to judge before simulating.
                    if (n.firmsOf() != null && n.firmsOf().share()) continue;
                    int firms = n.firmsOf() != null ? (int) n.firmsOf().amount() : n.firms() != null ? n.firms() : n.members().size();
                    if (firms < MIN_FIRMS) {
                        // Without a firms count, the members stand for the firms the network pools.
                        String counted = n.hasFirms() ? "firms" : "members";
                        String noun = firms == 1 ? counted.substring(0, counted.length() - 1) : counted;
                        sink.report(CODE, n.properties().spanOf(counted, n.nameSpan()), n.name(),
                                "has only " + firms + " " + noun + "; a horizontal network needs at least " + MIN_FIRMS);
                    }
                }
                case VERTICAL -> {
                    if (n.from() != null && n.from().equals(n.to())) {
                        sink.report(CODE, n.properties().spanOf("to", n.nameSpan()), n.name(), "links '" + n.from() + "' to itself")
                                .related(n.properties().spanOf("from", n.nameSpan()), "the same actor is the other end");
                    }
                }
            }
        }
    }
}
