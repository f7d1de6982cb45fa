package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.syntax.Parsing;
import dev.marshall.syntax.TreeText;

/** One file being read into the model: its parse, the programme's names and parts, and its expression builder. */
record FileReading(Parsing.Parsed file, ProgrammeParts parts, SymbolTable symbols, DiagnosticSink sink, ExpressionBuilder expressions) {

    static FileReading of(Parsing.Parsed file, ProgrammeParts parts, SymbolTable symbols, DiagnosticSink sink) {
        return new FileReading(file, parts, symbols, sink, new ExpressionBuilder(new TreeText(file.source(), sink), symbols, sink));
    }
}
