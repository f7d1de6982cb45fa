package dev.marshall.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which interventions form or strengthen a network: read from their
 * {@code forms} and {@code strengthens} properties (names the intervention's
 * reader has checked), so that the intervention keeps no second copy of them.
 */
public final class NetworkWork {
    private NetworkWork() {}

    /** The interventions whose {@code forms} names {@code network}, in declaration order. */
    public static List<Intervention> formers(Programme programme, Network network) {
        return naming(programme, "forms", network.name());
    }

    /** The interventions whose {@code strengthens} names {@code network}, in declaration order. */
    public static List<Intervention> strengtheners(Programme programme, Network network) {
        return naming(programme, "strengthens", network.name());
    }

    /** The networks an intervention's {@code forms} or {@code strengthens} names, as written. */
    public static List<String> named(Intervention intervention, String property) {
        List<String> out = new ArrayList<>();
        intervention.properties().get(property).ifPresent(p -> {
            for (Expr e : p.value() instanceof Expr.ListOf l ? l.items() : List.of(p.value())) {
                if (e instanceof Expr.Word w) out.add(w.name());
            }
        });
        return out;
    }

    private static List<Intervention> naming(Programme programme, String property, String network) {
        List<Intervention> out = new ArrayList<>();
        for (Intervention i : programme.interventions()) {
            if (named(i, property).contains(network)) out.add(i);
        }
        return out;
    }
}
