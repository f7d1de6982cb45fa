package dev.marshall.lsp;

import org.eclipse.lsp4j.Position;

/**
 * What is under the caret: the document's latest analysis, the caret's offset
 * in it, the name written there (or null) and what that name means (or null,
 * resolved with the latest model, else the last one that parsed).
 */
record Target(Analysis analysis, int offset, Syntax.Occurrence occurrence, Symbol symbol, SymbolIndex symbols) {

    static Target at(OpenDocument document, Position position) {
        Analysis latest = document.latest();
        if (latest == null) return null;
        int offset = Positions.offset(latest.source, position);
        Syntax.Occurrence occurrence = latest.syntax().occurrenceAt(offset);
        SymbolIndex symbols = latest.programme() != null ? latest.symbols : document.navigation().symbols;
        Symbol symbol = occurrence == null ? null : symbols.resolve(latest.syntax(), occurrence);
        return new Target(latest, offset, occurrence, symbol, symbols);
    }
}
