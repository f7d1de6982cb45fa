package dev.marshall;

import dev.marshall.Checker;
import dev.marshall.model.Compilation;
import dev.marshall.source.SourceFile;
import dev.marshall.semantic.ModelBuilder;
import dev.marshall.syntax.SourceReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one way into the front end: text → parse tree → semantic model →
 * checks. Runs no guest code, creates no Truffle context: {@code check},
 * {@code fmt} and the language server stay fast.
 */
public final class Compiler {
    private Compiler() {}

    /**
     * Reads a programme file (and the modules it uses), builds its model and
     * runs every check. A file that cannot be read at all (missing, a folder,
     * unreadable) is an {@link IOException}; everything wrong inside it is a
     * diagnostic.
     */
    public static Compilation compile(Path file) throws IOException {
        return compile(SourceReader.read(file));
    }

    /** Compiles a source held in memory (an editor buffer); {@code use "path"} resolves beside its location, if any. */
    public static Compilation compile(SourceReader.Read read) {
        return Checker.check(ModelBuilder.build(read));
    }

    public static Compilation compile(SourceFile source) {
        return compile(new SourceReader.Read(source, java.util.List.of()));
    }
}
