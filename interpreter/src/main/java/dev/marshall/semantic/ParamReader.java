package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Param;

/** {@code param name = expr}: its value may use only the params declared before it; its type is its value's. */
final class ParamReader extends DeclarationReader {

    ParamReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.ParamDeclContext p) {
        if (p.name == null) return;
        int index = indexOf("param", p.name);
        if (index < 0) return;
        Expr value = x.build(p.value, Scope.param(index));
        if (!value.type().isNumeric()) {
            sink.report("E020", value.span(), "a number, an amount of money or a duration (a param is sampled for each run)", value.type().describe());
        }
        symbols.paramTypes.put(p.name.getText(), value.type());
        if (isOwnDeclaration("param", p.name, index)) {
            parts.params.add(new Param(p.name.getText(), index, value, x.span(p), x.span(p.name), doc(d)));
        }
    }
}
