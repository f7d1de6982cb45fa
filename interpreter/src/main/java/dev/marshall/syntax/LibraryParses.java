package dev.marshall.syntax;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.source.SourceFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library modules that ship with Marshall ({@code use std.unido}), read and parsed once per
 * process rather than once per compilation. Their text cannot change while the process runs, and
 * nearly every programme uses {@code std.unido}. Once the JVM is warm the library's 13 kB parse
 * costs little (an example compiles in about 2.5 ms either way); it counts where the parser runs
 * slowly, as under a fuzzer's instrumentation, which covers the generated parser and paid for the
 * library's parse on every input.
 *
 * <p>Only a parse that reported nothing is kept, so a library module with a problem (which the
 * build's tests would catch) still reports it in every compilation, located as before. A parse
 * tree is only read after parsing, so one tree may be shared by compilations on several threads.
 */
final class LibraryParses {
    private static final Map<String, SourceFile> SOURCES = new ConcurrentHashMap<>();
    private static final Map<SourceFile, Parsing.Parsed> CLEAN = new ConcurrentHashMap<>();

    private LibraryParses() {}

    /** The library module read earlier from this class-path resource, or null. */
    static SourceFile source(String resource) {
        return SOURCES.get(resource);
    }

    /** Keeps the module read from this resource; the first one kept wins, so every caller shares one. */
    static SourceFile remember(String resource, SourceFile module) {
        SourceFile earlier = SOURCES.putIfAbsent(resource, module);
        return earlier != null ? earlier : module;
    }

    /** The module's parse: kept when it was clean, else parsed again and reported to this sink. */
    static Parsing.Parsed parsed(SourceFile module, DiagnosticSink sink) {
        Parsing.Parsed known = CLEAN.get(module);
        if (known != null) return known;
        DiagnosticSink own = new DiagnosticSink();
        Parsing.Parsed parsed = Parsing.parse(module, own);
        if (!own.diagnostics().isEmpty()) return Parsing.parse(module, sink);
        Parsing.Parsed earlier = CLEAN.putIfAbsent(module, parsed);
        return earlier != null ? earlier : parsed;
    }
}
