package dev.marshall.semantic;

import dev.marshall.model.Function;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a programme declares, collected before any expression is built so
 * that declarations may come in any order. One namespace holds every
 * top-level declaration; cluster states and properties live in their cluster.
 */
final class SymbolTable {

    /** A declared name: what it is ("intervention"), where its name is written, and its index in its kind's list. */
    record Entry(String kind, String name, Span nameSpan, int index) {}

    /** What expressions need to know of a cluster before it is built. */
    static final class ClusterShape {
        final String name;
        final int index;
        final List<String> properties = new ArrayList<>();
        final List<String> states = new ArrayList<>();
        /** Types of properties and states, filled in as they are built (UNKNOWN until then). */
        final Map<String, dev.marshall.model.Type> types = new java.util.HashMap<>();
        int replicas = 1;

        ClusterShape(String name, int index) {
            this.name = name;
            this.index = index;
        }

        boolean replicated() { return replicas > 1; }
    }

    final Map<String, Entry> declarations = new LinkedHashMap<>();
    final List<ClusterShape> clusters = new ArrayList<>();
    /** The cluster marked {@code default = true}: the context of declarations without {@code in}; -1 when none. */
    int defaultCluster = -1;
    /** Unqualified cluster members read where no cluster is the context; reported together as one E050. */
    final List<Ambiguity> ambiguities = new ArrayList<>();

    record Ambiguity(String name, Span span, List<String> owners) {}
    final List<String> params = new ArrayList<>();
    final Map<String, dev.marshall.model.Type> paramTypes = new java.util.HashMap<>();
    final List<String> interventions = new ArrayList<>();
    final List<String> milestones = new ArrayList<>();
    /** Network names by index: the slot of each in a run's network arrays. */
    final List<String> networks = new ArrayList<>();
    /** The networks that give a size ({@code firms = …}): only theirs can be read as {@code n.firms}. */
    final java.util.Set<String> networksWithFirms = new java.util.HashSet<>();
    final List<String> functionNames = new ArrayList<>();
    final List<Integer> functionArities = new ArrayList<>();
    final Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
    /** The fns, built before anything that calls them so that call sites can be typed, and their call types. */
    FunctionTypes functionTypes = new FunctionTypes(List.of());

    List<Function> functions() {
        return functionTypes.functions();
    }

    Entry lookup(String name) {
        return declarations.get(name);
    }

    ClusterShape cluster(String name) {
        Entry e = declarations.get(name);
        return e != null && e.kind().equals("cluster") ? clusters.get(e.index()) : null;
    }

    /** Every name an unqualified reference could have meant, for "did you mean". */
    List<String> allNames(Scope scope) {
        List<String> names = new ArrayList<>(scope.locals());
        names.addAll(scope.own().keySet());
        for (ClusterShape c : clusters) {
            names.addAll(c.states);
            names.addAll(c.properties);
        }
        names.addAll(declarations.keySet());
        return names;
    }
}
