package dev.marshall.lsp;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.model.Programme;
import dev.marshall.source.SourceFile;
import dev.marshall.syntax.SourceReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of an open document, checked: the compilation (the same
 * diagnostics {@code marshall check} gives), the syntax of the text, and the
 * names of its model. A version whose text does not parse still has tokens and
 * a recovered tree; navigation then uses the last model that was built from a
 * text that parsed ({@link OpenDocument#navigationModel()}).
 */
final class Analysis {
    final int version;
    final SourceFile source;
    final Compilation compilation;
    /** Made when first needed: publishing diagnostics does not wait for it. */
    private Syntax syntax;
    final SymbolIndex symbols;
    /** Whether the text parsed without syntax errors (lexical and grammar: E001–E006). */
    final boolean parsed;
    private final Map<SourceFile, Syntax> otherFiles = new HashMap<>();

    private Analysis(int version, SourceFile source, Compilation compilation, boolean parsed) {
        this.version = version;
        this.source = source;
        this.compilation = compilation;
        this.parsed = parsed;
        this.symbols = new SymbolIndex(compilation.programme());
    }

    static Analysis of(int version, String displayPath, Path location, String text) {
        SourceFile source = new SourceFile(displayPath, location, text);
        Compilation compilation = Compiler.compile(new SourceReader.Read(source, List.of()));
        boolean parsed = true;
        for (Diagnostic d : compilation.diagnostics()) {
            if (d.span() != null && d.span().file() == source && isSyntaxError(d.code())) parsed = false;
        }
        return new Analysis(version, source, compilation, parsed);
    }

    static boolean isSyntaxError(String code) {
        return code.compareTo("E001") >= 0 && code.compareTo("E006") <= 0;
    }

    Programme programme() { return compilation.programme(); }

    boolean checksClean() {
        return compilation.programme() != null && !compilation.hasErrors();
    }

    /** The tokens, tree and written names of the document's text. */
    synchronized Syntax syntax() {
        if (syntax == null) syntax = Syntax.of(source);
        return syntax;
    }

    /** The syntax of any file of this analysis (the document, a used module, the standard library). */
    synchronized Syntax syntaxOf(SourceFile file) {
        if (file == source) return syntax();
        return otherFiles.computeIfAbsent(file, Syntax::of);
    }

    /** Every file this analysis read, the document first. */
    List<SourceFile> files() {
        return compilation.sources().isEmpty() ? List.of(source) : compilation.sources();
    }
}
