package dev.marshall.semantic;

import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Network;
import dev.marshall.model.Properties;
import dev.marshall.model.Type;
import dev.marshall.syntax.Suggestions;
import java.util.List;

/**
 * {@code network name : horizontal|vertical { … }}: which properties it may
 * have depends on its kind (a kind that is neither is E017, and then any
 * property is let through so that the one mistake is reported once).
 */
final class NetworkReader extends DeclarationReader {

    NetworkReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.NetworkDeclContext n) {
        if (n.name == null || !isOwnDeclaration("network", n.name, -1)) return;
        String shapeWord = n.kind == null ? "" : n.kind.getText();
        Network.Shape shape = switch (shapeWord) {
            case "horizontal" -> Network.Shape.HORIZONTAL;
            case "vertical" -> Network.Shape.VERTICAL;
            default -> {
                sink.report("E017", n.kind == null ? x.span(n) : x.span(n.kind), shapeWord, "a kind of network (horizontal or vertical)")
                        .hint(Suggestions.didYouMean(shapeWord, List.of("horizontal", "vertical")));
                yield null;
            }
        };
        DeclarationSchema schema = shape == Network.Shape.VERTICAL ? Schema.VERTICAL_NETWORK
                : shape == Network.Shape.HORIZONTAL ? Schema.HORIZONTAL_NETWORK : Schema.ANY_NETWORK;
        DeclarationBlock block = block(n.block(), schema, "a " + shapeWord + " network");
        Properties props = block.properties(Scope.constant("a network's property"));
        text(props, "name"); // the display name documents show instead of the id
        List<String> members = actors(props, "members");
        Integer firms = null;
        if (props.get("firms").isPresent()) {
            double f = constant(props.get("firms").get(), Type.NUMBER, "firms", true);
            firms = Counts.whole(f, 0, Limits.MAX_FIRMS, "the number of firms", "", props.valueSpanOf("firms", x.span(n)), sink).orElse(0);
        }
        String from = actor(props, "from");
        String to = actor(props, "to");
        String linkage = props.get("kind").map(p -> word(p.value())).orElse(null);
        if (linkage != null) vocabularyWord("linkage", "a kind of linkage", linkage, props.valueSpanOf("kind", x.span(n)));
        if (shape != null) requireAll(schema, props, x.span(n.name), "network", n.name.getText());
        parts.networks.add(new Network(n.name.getText(), shape == null ? Network.Shape.HORIZONTAL : shape, members, firms, from, to, linkage,
                props, x.span(n), x.span(n.name), doc(d)));
    }
}
