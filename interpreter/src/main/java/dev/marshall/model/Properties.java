package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;
import java.util.Optional;

/** The properties of a declaration in source order. */
public record Properties(List<Property> all) {

    public static final Properties NONE = new Properties(List.of());

    public Properties {
        all = List.copyOf(all);
    }

    /** The first line of {@code name} for no group (an indicator's first total target, its total baseline). */
    public Optional<Property> get(String name) {
        for (Property p : all) if (p.name().equals(name) && p.group() == null) return Optional.of(p);
        return Optional.empty();
    }

    /** Every line of {@code name}, for any group, in source order (an indicator's targets). */
    public List<Property> every(String name) {
        return all.stream().filter(p -> p.name().equals(name)).toList();
    }

    /** A text property's value, "" when it is not written (or not text: the checker refuses that). */
    public String text(String name) {
        return get(name).map(Property::value).filter(Expr.Text.class::isInstance).map(v -> ((Expr.Text) v).value()).orElse("");
    }

    /** A yes/no property ({@code key = true}), false when it is not written. */
    public boolean flag(String name) {
        return get(name).map(Property::value).filter(Expr.Bool.class::isInstance).map(v -> ((Expr.Bool) v).value()).orElse(false);
    }

    public boolean has(String name) {
        return get(name).isPresent();
    }

    /** The span of the whole {@code name = value} line, or {@code fallback} when it is not written. */
    public Span spanOf(String name, Span fallback) {
        return get(name).map(Property::span).orElse(fallback);
    }

    /** The span of the value of a property, or {@code fallback}. */
    public Span valueSpanOf(String name, Span fallback) {
        return get(name).map(p -> p.value().span()).orElse(fallback);
    }
}
