package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Actor;
import dev.marshall.model.Properties;

/** {@code actor name : kind { … }}: the kind is a word of std.unido's actor_kind; the properties are free. */
final class ActorReader extends DeclarationReader {

    ActorReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.ActorDeclContext a) {
        if (a.name == null) return;
        if (!isOwnDeclaration("actor", a.name, -1)) return;
        String kind = a.kind == null ? "" : a.kind.getText();
        if (a.kind != null) vocabularyWord("actor_kind", "an actor kind", kind, x.span(a.kind));
        DeclarationBlock block = block(a.block(), Schema.ACTOR);
        Properties props = block.properties(Scope.constant("an actor's property"));
        text(props, "name"); // the display name documents show instead of the id
        parts.actors.add(new Actor(a.name.getText(), kind, a.kind == null ? x.span(a) : x.span(a.kind), props, x.span(a), x.span(a.name), doc(d)));
    }
}
