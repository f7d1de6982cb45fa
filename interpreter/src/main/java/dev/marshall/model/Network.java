package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * {@code network id : horizontal { members; firms }} — firms cooperating as
 * peers — or {@code network id : vertical { from; to; kind; firms }} — a linkage
 * along the value chain (subcontracting, supply agreement, buyer link).
 * For a vertical network {@code members} is empty and {@code from}/{@code to}
 * are actor names; for a horizontal one they are null.
 *
 * <p>Its size in firms is {@code firms} (a constant count), or {@code firmsOf}
 * ({@code firms = 40 of tiruppur}, {@code firms = 15% of tiruppur}: a count or a
 * share of a cluster's {@code firms}, sampled per run), or neither. An
 * intervention that {@code forms} it grows it towards that size, by {@code uptake}
 * of the firms still to join each month it works (see {@code run.NetworkGrowth});
 * {@code uptakeParam} is the param giving the uptake, or -1 when it is the constant
 * {@code uptake}. {@code index} is its slot in a run's network arrays.
 */
public record Network(String name, Shape shape, List<String> members, Integer firms, String from, String to,
                      String linkage, Properties properties, Span span, Span nameSpan, String doc,
                      int index, FirmsOf firmsOf, double uptake, int uptakeParam) implements Declaration {

    public enum Shape { HORIZONTAL, VERTICAL }

    /** The share of the firms still to join that join in each month an intervention forms a network, unless it says otherwise. */
    public static final double DEFAULT_UPTAKE = 0.10;

    /**
     * {@code amount of cluster}: a count of the cluster's firms ({@code share} false) or a share of them
     * (a fraction, {@code share} true); {@code propertyIndex} is the cluster's {@code firms} property.
     */
    public record FirmsOf(String cluster, int clusterIndex, int propertyIndex, double amount, boolean share) {}

    public Network {
        members = List.copyOf(members);
    }

    /** A network as it was before sizes and uptake could be given (tests and tools that build models by hand). */
    public Network(String name, Shape shape, List<String> members, Integer firms, String from, String to,
                   String linkage, Properties properties, Span span, Span nameSpan, String doc) {
        this(name, shape, members, firms, from, to, linkage, properties, span, nameSpan, doc, -1, null, DEFAULT_UPTAKE, -1);
    }

    /** Whether it has a size in firms: {@code firms = N} or {@code firms = … of cluster}. */
    public boolean hasFirms() {
        return firms != null || firmsOf != null;
    }

    public String kind() { return "network"; }
}
