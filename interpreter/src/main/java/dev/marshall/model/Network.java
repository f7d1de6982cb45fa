package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * {@code network id : horizontal { members; firms }} — firms cooperating as
 * peers — or {@code network id : vertical { from; to; kind }} — a linkage
 * along the value chain (subcontracting, supply agreement, buyer link).
 * For a vertical network {@code members} is empty and {@code from}/{@code to}
 * are actor names; for a horizontal one they are null.
 */
public record Network(String name, Shape shape, List<String> members, Integer firms, String from, String to,
                      String linkage, Properties properties, Span span, Span nameSpan, String doc) implements Declaration {

    public enum Shape { HORIZONTAL, VERTICAL }

    public Network {
        members = List.copyOf(members);
    }

    public String kind() { return "network"; }
}
