package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * {@code fn name(a, b) = expr}: a pure function. A {@code native fn} has no
 * body: the standard library declares it (to document it) and the interpreter
 * implements it; {@code body} is then null.
 */
public record Function(String name, int index, List<String> params, Expr body, boolean isNative,
                       Span span, Span nameSpan, String doc) implements Declaration {

    public Function {
        params = List.copyOf(params);
    }

    public String kind() { return "fn"; }
}
