package dev.marshall.emit.logframe;

import dev.marshall.model.Indicator;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import dev.marshall.model.Uncertainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The forecast's caveat in words: which quantities of the model are
 * uncertain (so their figures are a spread), which milestones and indicators
 * no draw reaches (so their figures are a single path), and which milestones
 * are on time in every run or in none. A reader of p10–p90 = "4 – 4" learns
 * here whether that is the model's certainty or the forecast's.
 */
public final class UncertaintyCaveat {
    private UncertaintyCaveat() {}

    /** The caveat's sentences, in a stable order; empty when there is nothing to forecast. */
    public static List<String> of(Programme programme, Logframe logframe) {
        if (programme.milestones().isEmpty() && programme.indicators().isEmpty()) return List.of();
        Uncertainty u = Uncertainty.of(programme, logframe.simulation().map(sim -> sim.overrides().keySet()).orElse(Set.of()));
        List<String> out = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> params = inOrder(programme.params().stream().map(p -> p.name()).toList(), u.params());
        if (!params.isEmpty()) sources.add((params.size() == 1 ? "the param " : "the params ") + and(params));
        List<String> properties = shown(programme, inOrder(qualified(programme, true), u.properties()));
        if (!properties.isEmpty()) sources.add((properties.size() == 1 ? "the cluster property " : "the cluster properties ") + and(properties));
        List<String> states = shown(programme, inOrder(qualified(programme, false), u.states()));
        if (!states.isEmpty()) sources.add((states.size() == 1 ? "the state " : "the states ") + and(states));
        if (sources.isEmpty()) {
            out.add("Nothing in this model is uncertain: every simulated run is the same run, so every range below is a single value"
                    + " and every milestone is on time in all runs or in none.");
            return out;
        }
        out.add("Uncertain in this model: " + String.join("; ", sources) + ".");
        List<String> certain = new ArrayList<>();
        for (Milestone m : programme.milestones()) if (!u.milestones().contains(m.name())) certain.add("milestone \u201c" + m.displayName() + "\u201d");
        for (Indicator i : programme.indicators()) if (!u.indicators().contains(i.name())) certain.add("indicator \u201c" + title(logframe, i) + "\u201d");
        if (!certain.isEmpty()) {
            out.add("No draw reaches " + and(certain) + ": " + (certain.size() == 1 ? "its forecast is" : "their forecasts are")
                    + " a single path, not a range.");
        }
        if (logframe.simulation().isPresent()) {
            List<String> settled = new ArrayList<>();
            for (Logframe.MilestoneEntry m : logframe.milestones()) {
                if (m.forecast() == null || !u.milestones().contains(m.name())) continue;
                double p = m.forecast().probabilityOnTime();
                if (p == 0 || p == 1) settled.add("\u201c" + m.title() + "\u201d (" + (p == 1 ? "every run" : "no run") + ")");
            }
            if (!settled.isEmpty()) {
                out.add("Uncertain, yet on time in every run or in none: " + and(settled)
                        + "; the uncertainty is too small to move " + (settled.size() == 1 ? "it" : "them") + " across the due month.");
            }
        }
        return out;
    }

    private static String title(Logframe logframe, Indicator indicator) {
        for (Logframe.IndicatorEntry e : logframe.indicators()) if (e.name().equals(indicator.name())) return e.title();
        return indicator.name();
    }

    /** {@code cluster.name} of every property (or state) of every cluster, in declaration order. */
    private static List<String> qualified(Programme programme, boolean properties) {
        List<String> keys = new ArrayList<>();
        for (var c : programme.clusters()) {
            List<String> names = properties ? c.properties().all().stream().map(p -> p.name()).toList()
                    : c.states().stream().map(s -> s.name()).toList();
            for (String n : names) keys.add(c.name() + "." + n);
        }
        return keys;
    }

    private static List<String> inOrder(List<String> declared, Set<String> uncertain) {
        return declared.stream().filter(uncertain::contains).distinct().toList();
    }

    /** In a one-cluster programme its members are named bare, as the designer writes them. */
    private static List<String> shown(Programme programme, List<String> keys) {
        if (programme.clusters().size() != 1) return keys;
        return keys.stream().map(k -> k.substring(k.indexOf('.') + 1)).toList();
    }

    private static String and(List<String> items) {
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
