package dev.marshall.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One kind of declaration and the properties it may have.
 *
 * @param keyword    the keyword that starts it: {@code intervention}
 * @param variant    for a declaration whose properties depend on the word after {@code :}
 *                   (a {@code horizontal} or {@code vertical} network), that word; "" otherwise
 * @param owner      how messages name it: "an intervention"
 * @param open       whether any other property name is accepted too (a cluster's, an actor's)
 * @param doc        one line for documentation, completion and hover
 * @param properties the properties it knows, in the order the reference lists them
 */
public record DeclarationSchema(String keyword, String variant, String owner, boolean open, String doc,
                                List<PropertySchema> properties) {

    public DeclarationSchema {
        properties = List.copyOf(properties);
    }

    public Optional<PropertySchema> property(String name) {
        for (PropertySchema p : properties) if (p.name().equals(name)) return Optional.of(p);
        return Optional.empty();
    }

    /** The names of its properties; for an open declaration, null: any name is accepted. */
    public Set<String> accepted() {
        return open ? null : properties.stream().map(PropertySchema::name).collect(Collectors.toUnmodifiableSet());
    }

    public List<PropertySchema> requiredProperties() {
        List<PropertySchema> out = new ArrayList<>();
        for (PropertySchema p : properties) if (p.required()) out.add(p);
        return out;
    }

    /** Whether its properties are read as words or later expressions only where the schema says so. */
    ValueKind.Form formOf(String property) {
        return property(property).map(p -> p.kind().form()).orElse(ValueKind.Form.EXPRESSION);
    }
}
