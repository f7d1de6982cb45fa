package dev.marshall.lsp;

import dev.marshall.semantic.DeclarationSchema;
import dev.marshall.semantic.PropertySchema;
import dev.marshall.semantic.Schema;
import java.util.List;
import java.util.Optional;

/**
 * What the declaration schema says about properties, in the editor's words:
 * which a declaration may have (completion) and what each is for (hover).
 */
final class PropertyDocs {
    private PropertyDocs() {}

    static Optional<DeclarationSchema> declaration(String keyword, String variant) {
        if (keyword == null || keyword.isEmpty()) return Optional.empty();
        return Schema.of(keyword, variant == null ? "" : variant);
    }

    static List<PropertySchema> properties(String keyword, String variant) {
        return declaration(keyword, variant).map(DeclarationSchema::properties).orElse(List.of());
    }

    static Optional<PropertySchema> property(String keyword, String variant, String name) {
        return declaration(keyword, variant).flatMap(d -> d.property(name));
    }

    /** Hover text for a property, or null when the schema does not know it (a free cluster property). */
    static String describe(String keyword, String variant, String name) {
        Optional<PropertySchema> p = property(keyword, variant, name);
        if (p.isEmpty()) {
            return declaration(keyword, variant).filter(DeclarationSchema::open)
                    .map(d -> "```marshall\nproperty " + name + "\n```\na free property of " + d.owner()).orElse(null);
        }
        return "```marshall\nproperty " + name + "\n```\n" + line(p.get()) + "\n\n*" + p.get().kind().describe()
                + (p.get().required() ? ", required" : "") + "*";
    }

    static String line(PropertySchema p) {
        return p.doc();
    }
}
