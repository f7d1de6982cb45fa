package dev.marshall.syntax;

import dev.marshall.model.Expr;
import java.util.List;
import java.util.Map;

/**
 * What an expression may see, by where it is written.
 *
 * @param where          the context, named as in messages ("a param", "an indicator's value", ...)
 * @param cluster        the cluster unqualified state and property names belong to, or -1
 * @param visibleProperties how many of {@code cluster}'s properties are visible (a property sees only
 *                       those declared before it; -1 = all)
 * @param params         how many params are visible (a param sees only earlier ones; -1 = all)
 * @param locals         the parameters of the enclosing fn
 * @param own            an indicator's own properties in scope ({@code baseline}), by name
 * @param dynamic        whether simulation state is visible (states, month, milestones, interventions)
 * @param draws          whether random draws are allowed
 * @param aggregate      inside an aggregate's argument: replicated states may be read
 */
record Scope(String where, int cluster, int visibleProperties, int params, List<String> locals,
             Map<String, Expr> own, boolean dynamic, boolean draws, boolean aggregate) {

    static Scope param(int index) {
        return new Scope("a param", -1, 0, index, List.of(), Map.of(), false, true, false);
    }

    static Scope clusterProperty(int cluster, int index) {
        return new Scope("a cluster property", cluster, index, -1, List.of(), Map.of(), false, true, false);
    }

    static Scope state(int cluster) {
        return new Scope("a state's initial value or range", cluster, -1, -1, List.of(), Map.of(), false, true, false);
    }

    static Scope function(List<String> locals) {
        return new Scope("a fn", -1, 0, 0, locals, Map.of(), false, false, false);
    }

    static Scope intervention(int cluster) {
        return new Scope("an intervention", cluster, -1, -1, List.of(), Map.of(), true, true, false);
    }

    static Scope indicator(int cluster, Map<String, Expr> own) {
        return new Scope("an indicator's value", cluster, -1, -1, List.of(), own, true, false, false);
    }

    static Scope milestone(int cluster) {
        return new Scope("a milestone's condition", cluster, -1, -1, List.of(), Map.of(), true, false, false);
    }

    /** For constants of declarations (durations, costs, baselines): literals and arithmetic only. */
    static Scope constant(String where) {
        return new Scope(where, -1, 0, 0, List.of(), Map.of(), false, false, false);
    }

    Scope insideAggregate() {
        return new Scope(where, cluster, visibleProperties, params, locals, own, dynamic, draws, true);
    }
}
