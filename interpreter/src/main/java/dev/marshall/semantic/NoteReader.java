package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Assumption;
import dev.marshall.model.Risk;

/** {@code assumption "…"} and {@code risk "…" mitigation "…"}: logframe text, kept as written. */
final class NoteReader extends DeclarationReader {

    NoteReader(FileReading reading) {
        super(reading);
    }

    void assumption(MarshallParser.DeclarationContext d, MarshallParser.AssumptionDeclContext a) {
        parts.assumptions.add(new Assumption(x.string(a.text), x.span(d), doc(d)));
    }

    void risk(MarshallParser.DeclarationContext d, MarshallParser.RiskDeclContext r) {
        parts.risks.add(new Risk(x.string(r.text), r.mitigation == null ? "" : x.string(r.mitigation), x.span(d), doc(d)));
    }
}
