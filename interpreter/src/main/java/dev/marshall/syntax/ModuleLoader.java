package dev.marshall.syntax;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Use;
import dev.marshall.source.InputFiles;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves {@code use}: {@code use std.unido} loads the standard library from
 * the class path; {@code use "lib/common.marshall"} loads a file relative to
 * the file that says it, which must lie inside the programme's own folder
 * (the folder of the main file) — a programme never reads outside its tree.
 * Each module is loaded once, however often it is used.
 */
public final class ModuleLoader {
    /** Library modules that ship with Marshall, by name, as class-path resources. */
    private static final String LIBRARY_ROOT = "/dev/marshall/stdlib/";

    private final SourceFile main;
    private final ModuleResolver resolver;
    /** With a resolver: the root-relative path of each module it gave, to resolve the modules that module uses. */
    private final java.util.Map<SourceFile, String> resolved = new java.util.IdentityHashMap<>();
    private final DiagnosticSink sink;
    private final Path root;
    private final List<Use> uses = new ArrayList<>();
    private final Set<String> loaded = new HashSet<>();
    private boolean usesStandardLibrary;

    public ModuleLoader(SourceFile main, ModuleResolver resolver, DiagnosticSink sink) {
        this.main = main;
        this.resolver = resolver;
        if (resolver != null) resolved.put(main, "");
        this.sink = sink;
        Path location = main.location();
        this.root = location == null ? null : location.toAbsolutePath().normalize().getParent();
        if (location != null) loaded.add(location.toAbsolutePath().normalize().toString());
    }

    public SourceFile main() { return main; }

    public List<Use> uses() { return List.copyOf(uses); }

    public boolean usesStandardLibrary() { return usesStandardLibrary; }

    /** Every module the main file uses, directly or through other modules, parsed. */
    public List<Parsing.Parsed> loadAll(Parsing.Parsed mainFile) {
        List<Parsing.Parsed> modules = new ArrayList<>();
        Deque<Parsing.Parsed> pending = new ArrayDeque<>();
        pending.add(mainFile);
        while (!pending.isEmpty()) {
            Parsing.Parsed file = pending.poll();
            if (file.tree() == null) continue;
            TreeText x = new TreeText(file.source(), sink);
            for (MarshallParser.DeclarationContext d : file.tree().declaration()) {
                MarshallParser.UseDeclContext u = d.useDecl();
                if (u == null) continue;
                Span span = x.span(u);
                // The path is read once: reading it reports a bad escape (E008), which must be said once.
                String path = u.module == null && u.path != null ? x.string(u.path) : null;
                SourceFile module = u.module != null ? library(u.module.getText(), span) : path != null ? local(file.source(), path, span) : null;
                if (file.source() == main) uses.add(new Use(u.module != null ? u.module.getText() : path != null ? path : "", u.module == null, span));
                if (module == null) continue;
                Parsing.Parsed parsed = u.module != null ? LibraryParses.parsed(module, sink) : Parsing.parse(module, sink);
                modules.add(parsed);
                pending.add(parsed);
            }
        }
        return modules;
    }

    /**
     * A module from the host's resolver: the path is resolved against the
     * folder of the file that uses it, as text (no file system is consulted),
     * and refused (E016) when it is absolute or climbs above the root.
     */
    private SourceFile resolved(SourceFile from, String relative, Span span) {
        String base = resolved.getOrDefault(from, "");
        String path = RootPaths.resolve(base, relative);
        if (path == null) {
            sink.report("E016", span, "\"" + relative + "\"");
            return null;
        }
        if (!loaded.add("resolver:" + path)) return null;
        try {
            java.util.Optional<String> text = resolver.read(path);
            if (text.isEmpty()) {
                sink.report("E015", span, "\"" + relative + "\"", "no such file");
                return null;
            }
            SourceFile module = SourceFile.ofString(path, text.get());
            resolved.put(module, path);
            return module;
        } catch (IOException | RuntimeException e) {
            sink.report("E015", span, "\"" + relative + "\"", e.getMessage() == null ? "it cannot be read" : e.getMessage());
            return null;
        }
    }

    private SourceFile library(String name, Span span) {
        String resource = LIBRARY_ROOT + name.replace('.', '/') + ".marshall";
        if (name.equals("std.unido")) usesStandardLibrary = true;
        if (!loaded.add(resource)) return null;
        SourceFile known = LibraryParses.source(resource);
        if (known != null) return known;
        try (InputStream in = ModuleLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                sink.report("E015", span, name, "no such library module").hint(Suggestions.didYouMean(name, List.of("std.unido")));
                return null;
            }
            return LibraryParses.remember(resource, SourceFile.ofString(name.replace('.', '/') + ".marshall", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            sink.report("E015", span, name, e.getMessage());
            return null;
        }
    }

    private SourceFile local(SourceFile from, String relative, Span span) {
        if (resolver != null) return resolved(from, relative, span);
        if (root == null || from.location() == null) {
            sink.report("E015", span, "\"" + relative + "\"", "a programme that is not read from a file can use library modules only");
            return null;
        }
        Path target;
        try {
            target = from.location().toAbsolutePath().normalize().getParent().resolve(relative).normalize();
        } catch (InvalidPathException e) {
            sink.report("E015", span, "\"" + relative.replace("\0", "\\0") + "\"", "the path is not valid here (" + invalidBecause(relative) + ")");
            return null;
        }
        if (!target.startsWith(root)) {
            sink.report("E016", span, "\"" + relative + "\"");
            return null;
        }
        try {
            Path real;
            try {
                real = target.toRealPath();
            } catch (FileSystemException e) {
                InputFiles.requireReadable(target, InputFiles.maxBytes());   // says why: a loop, a dangling link
                throw e;
            }
            if (!real.startsWith(root.toRealPath())) {
                sink.report("E016", span, "\"" + relative + "\"");
                return null;
            }
            if (!loaded.add(target.toString())) return null;
            SourceReader.Read read = SourceReader.decode(root.relativize(target).toString().replace('\\', '/'), target, InputFiles.read(real));
            for (var problem : read.problems()) sink.report("E009", problem.span(), problem.message().replaceAll(".*0x([0-9a-f]+).*", "$1"));
            return read.source();
        } catch (IOException e) {
            sink.report("E015", span, "\"" + relative + "\"", InputFiles.reason(e));
            return null;
        }
    }

    private static String invalidBecause(String relative) {
        return relative.indexOf('\0') >= 0 ? "it holds a NUL character" : "not a file name on this system";
    }
}
