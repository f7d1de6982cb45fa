package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Milestone;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Type;

/** {@code milestone name "Title" { due = …; when = … }}: its condition is built in a dynamic scope of its own. */
final class MilestoneReader extends DeclarationReader {

    MilestoneReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.MilestoneDeclContext m) {
        if (m.name == null) return;
        String name = m.name.getText();
        int index = indexOf("milestone", m.name);
        if (!isOwnDeclaration("milestone", m.name, index)) return;
        DeclarationBlock block = block(m.block(), Schema.MILESTONE);
        Properties raw = block.properties(Scope.constant("a milestone's due month"));
        int cluster = clusterOf(raw);
        int due = 0;
        if (raw.get("due").isPresent()) {
            Property p = raw.get("due").get();
            Integer month = monthPoint(p.value());
            if (month != null) due = month;
        }
        require(Schema.MILESTONE, raw, "due", x.span(m.name), "milestone", name);
        Expr when = null;
        Properties props = raw;
        if (block.later.containsKey("when")) {
            when = x.build(block.later.get("when").value, Scope.milestone(cluster), Type.BOOLEAN);
            props = DeclarationBlock.withValue(raw, "when", when);
        }
        require(Schema.MILESTONE, raw, "when", x.span(m.name), "milestone", name);
        text(props, "definition"); // E020 when not text
        text(props, "name");
        String title = m.title != null ? x.string(m.title) : name;
        if (m.title != null && props.has("name")) {
            sink.report("E197", props.spanOf("name", x.span(m)), name).related(x.span(m.title), "its title");
        }
        parts.milestones.add(new Milestone(name, index, title, due, when, props, x.span(m), x.span(m.name), doc(d)));
    }
}
