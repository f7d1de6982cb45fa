package dev.marshall.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups a target or baseline may be written for ({@code target women = …}), per disaggregation dimension of
 * the standard library. A dimension whose groups are the programme's own (a {@code location}: its villages or
 * municipalities; a dimension a programme declares) has no fixed list: any word names one of its groups.
 */
public final class DisaggregationGroups {
    private DisaggregationGroups() {}

    private static final Map<String, List<String>> GROUPS = Map.of(
            "sex", List.of("women", "men"),
            "age", List.of("youth", "adults", "elderly"),
            "disability", List.of("with_disability", "without_disability"),
            "firm_size", List.of("micro", "small", "medium", "large"));

    /** The groups of a dimension, or empty when its groups are the programme's own words. */
    public static Optional<List<String>> of(String dimension) {
        return Optional.ofNullable(GROUPS.get(dimension));
    }

    /** The dimension of {@code dimensions} that {@code group} belongs to, if a fixed list names it. */
    public static Optional<String> dimensionOf(String group, List<String> dimensions) {
        for (String d : dimensions) if (of(d).map(g -> g.contains(group)).orElse(false)) return Optional.of(d);
        return Optional.empty();
    }
}
