package dev.marshall.semantic;

import dev.marshall.model.Expr;
import java.util.List;
import java.util.Map;

/**
 * What an expression may see, by where it is written.
 *
 * @param where          the context, named as in messages ("a param", "an indicator's value", ...)
 * @param clusters       whether cluster properties and states are visible at all (not in params, fns, constants)
 * @param cluster        the cluster unqualified state and property names belong to, or -1
 * @param perReplica     evaluated once per replica of {@code cluster} (an intervention's statements, a
 *                       cluster's own properties and states), so that cluster's replicated values are
 *                       read directly; elsewhere a replicated value needs an aggregate
 * @param visibleProperties how many of {@code cluster}'s properties are visible (a property sees only
 *                       those declared before it; -1 = all)
 * @param params         how many params are visible (a param sees only earlier ones; -1 = all)
 * @param locals         the parameters of the enclosing fn
 * @param own            an indicator's own properties in scope ({@code baseline}), by name
 * @param dynamic        whether simulation state is visible (states, month, milestones, interventions)
 * @param draws          whether random draws are allowed
 * @param aggregate      inside an aggregate's argument: replicated states may be read
 */
record Scope(String where, boolean clusters, int cluster, boolean perReplica, int visibleProperties, int params,
             List<String> locals, Map<String, Expr> own, boolean dynamic, boolean draws, boolean aggregate) {

    static Scope param(int index) {
        return new Scope("a param", false, -1, false, 0, index, List.of(), Map.of(), false, true, false);
    }

    static Scope clusterProperty(int cluster, int index) {
        return new Scope("a cluster property", true, cluster, true, index, -1, List.of(), Map.of(), false, true, false);
    }

    static Scope state(int cluster) {
        return new Scope("a state's initial value or range", true, cluster, true, -1, -1, List.of(), Map.of(), false, true, false);
    }

    static Scope function(List<String> locals) {
        return new Scope("a fn", false, -1, false, 0, 0, locals, Map.of(), false, false, false);
    }

    static Scope intervention(int cluster) {
        return new Scope("an intervention", true, cluster, true, -1, -1, List.of(), Map.of(), true, true, false);
    }

    static Scope indicator(int cluster, Map<String, Expr> own) {
        return new Scope("an indicator's value", true, cluster, false, -1, -1, List.of(), own, true, false, false);
    }

    static Scope milestone(int cluster) {
        return new Scope("a milestone's condition", true, cluster, false, -1, -1, List.of(), Map.of(), true, false, false);
    }

    /** For constants of declarations (durations, costs, baselines): literals and arithmetic only. */
    static Scope constant(String where) {
        return new Scope(where, false, -1, false, 0, 0, List.of(), Map.of(), false, false, false);
    }

    boolean isFunction() {
        return where.equals("a fn");
    }

    Scope insideAggregate() {
        return new Scope(where, clusters, cluster, perReplica, visibleProperties, params, locals, own, dynamic, draws, true);
    }
}
