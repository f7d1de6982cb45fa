package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * {@code cluster id { … }}: the firms of one place and sector. Properties
 * (firms, workers, women, ...) may be distributions, sampled per run and per
 * replica; {@code replicas = N} makes N independent copies (clusters assisted
 * alike, as in Orissa), each with its own states.
 */
public record Cluster(String name, int index, Properties properties, List<State> states, int replicas,
                      Span span, Span nameSpan, String doc) implements Declaration {

    public Cluster {
        states = List.copyOf(states);
    }

    public String kind() { return "cluster"; }

    public boolean isReplicated() { return replicas > 1; }

    public Optional<State> state(String stateName) {
        for (State s : states) if (s.name().equals(stateName)) return Optional.of(s);
        return Optional.empty();
    }

    /** A property value as a constant number, if it is one (e.g. {@code women = 12%} → 0.12). */
    public Optional<Double> constant(String property) {
        return properties.get(property).map(Property::value).flatMap(Constants::number);
    }
}
