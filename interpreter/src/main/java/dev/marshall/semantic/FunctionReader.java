package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.syntax.TreeText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fn name(a, b) = expr} and {@code native fn}: headers first (every fn
 * known), then the bodies, so that calls between fns are typed.
 */
final class FunctionReader extends DeclarationReader {

    FunctionReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.FnDeclContext f) {
        if (f.name == null) return;
        SymbolTable.Entry own = symbols.lookup(f.name.getText());
        if (own == null || !own.kind().equals("fn") || !own.nameSpan().equals(x.span(f.name))) return;
        List<String> params = new ArrayList<>();
        for (MarshallParser.IdentContext p : f.params) {
            if (params.contains(p.getText())) sink.report("E011", x.span(p), "parameter", p.getText());
            params.add(p.getText());
        }
        boolean isNative = f.NATIVE() != null;
        if (isNative && file.source().location() != null) {
            sink.report("E019", x.span(f.NATIVE().getSymbol()), "a native fn", "a programme's own file")
                    .hint("native fns are implemented by the interpreter and declared only in the standard library; write fn " + f.name.getText() + "(…) = expression");
        }
        if (isNative && f.body != null) {
            sink.report("E019", x.span(f.body), "a body", "a native fn").hint("a native fn is implemented by the interpreter; remove '= …'");
        } else if (!isNative && f.body == null) {
            sink.report("E014", x.span(f), "fn", f.name.getText(), "a body: fn " + f.name.getText() + "(…) = expression");
        }
        parts.functions.add(new Function(f.name.getText(), parts.functions.size(), params, null, isNative,
                x.span(f), x.span(f.name), doc(d)));
        parts.functionContexts.add(f);
        parts.functionFiles.add(file);
    }

    /** Bodies are built once every fn is known, twice, so that calls between fns get their types. */
    static void buildBodies(ProgrammeParts parts, SymbolTable symbols, DiagnosticSink sink) {
        symbols.functionTypes = new FunctionTypes(List.copyOf(parts.functions));
        DiagnosticSink quiet = new DiagnosticSink();
        for (int round = 0; round < 2; round++) {
            List<Function> built = new ArrayList<>();
            for (int i = 0; i < parts.functions.size(); i++) {
                Function f = parts.functions.get(i);
                MarshallParser.FnDeclContext ctx = parts.functionContexts.get(i);
                Expr body = null;
                if (!f.isNative() && ctx.body != null) {
                    DiagnosticSink to = round == 1 ? sink : quiet;
                    ExpressionBuilder x = new ExpressionBuilder(new TreeText(parts.functionFiles.get(i).source(), to), symbols, to);
                    body = x.build(ctx.body, Scope.function(f.params()));
                }
                built.add(new Function(f.name(), f.index(), f.params(), body, f.isNative(), f.span(), f.nameSpan(), f.doc()));
            }
            symbols.functionTypes = new FunctionTypes(built);
            parts.functions.clear();
            parts.functions.addAll(built);
        }
    }
}
