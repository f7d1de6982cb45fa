package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * What the parts of {@link ExpressionBuilder} (names, calls, statements) share:
 * the builder they call back into for sub-expressions, the names in scope, the
 * sink for diagnostics, and spans measured the builder's way.
 */
abstract class ExpressionPart {
    final ExpressionBuilder x;
    final SymbolTable symbols;
    final DiagnosticSink sink;

    ExpressionPart(ExpressionBuilder x, SymbolTable symbols, DiagnosticSink sink) {
        this.x = x;
        this.symbols = symbols;
        this.sink = sink;
    }

    final Span span(ParserRuleContext ctx) {
        return x.span(ctx);
    }

    final Span span(Token token) {
        return x.span(token);
    }
}
