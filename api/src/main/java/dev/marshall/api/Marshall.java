package dev.marshall.api;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.syntax.SourceReader;
import dev.marshall.truffle.TruffleEngine;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.graalvm.polyglot.Engine;

/**
 * The entry point for Java hosts: loads programmes within the host's
 * {@link Limits} and simulates them on one Truffle engine shared by every
 * simulation it runs, so a long-running host compiles guest code once and
 * reuses it, instead of starting cold on every call.
 *
 * <pre>{@code
 * try (Marshall marshall = Marshall.builder().limits(Limits.DEFAULT.withTimeLimit(Duration.ofSeconds(30))).build()) {
 *     Programme p = marshall.load(Path.of("proposal.marshall"));
 *     ...
 * }
 * }</pre>
 * Thread-safe: any number of threads may load and simulate at once. Close it
 * when done (it holds the engine); programmes loaded from it cannot simulate
 * afterwards.
 */
public final class Marshall implements AutoCloseable {
    private final Limits limits;
    private final ModuleResolver modules;
    private final boolean trusted;
    private Engine engine;
    private boolean closed;

    private Marshall(Limits limits, ModuleResolver modules, boolean trusted) {
        this.limits = limits;
        this.modules = modules;
        this.trusted = trusted;
    }

    /**
     * A Marshall with the default limits, reading a programme's modules from its folder.
     *
     * @return a new instance, to be closed
     */
    public static Marshall create() {
        return builder().build();
    }

    /**
     * A builder to set limits and where modules come from.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Marshall}. Not thread-safe; build once. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULT;
        private ModuleResolver modules;
        private boolean trusted;

        private Builder() {}

        /**
         * The programmes are the user's own files, as for the {@code marshall}
         * command line: {@link #load(Path)} reads a file and its {@code use}
         * modules as {@code marshall check} does (beside the file, through
         * symbolic links, within the input size of {@link ProgrammeText#maxBytes()}),
         * and no {@link Limits} apply, neither when loading nor when simulating
         * (a simulation is bounded by the free heap only, and stops only when
         * cancelled); the builder's limits and module resolver are not used.
         * Never for programmes the host did not write.
         *
         * @return this builder
         */
        public Builder trusted() {
            trusted = true;
            return this;
        }

        /**
         * The limits every programme is held to.
         *
         * @param value the limits (default {@link Limits#DEFAULT})
         * @return this builder
         */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Where every programme's {@code use "path"} modules come from. Without
         * one, a programme loaded from a file uses files below its folder
         * ({@link ModuleResolver#folder}), and one loaded from text uses library
         * modules only.
         *
         * @param resolver the host's resolver
         * @return this builder
         */
        public Builder modules(ModuleResolver resolver) {
            modules = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * Builds it; no engine is started until the first simulation.
         *
         * @return a new instance, to be closed
         */
        public Marshall build() {
            return new Marshall(limits, modules, trusted);
        }
    }

    /** {@return the limits every programme is held to} */
    public Limits limits() {
        return limits;
    }

    /**
     * Loads and checks a programme file (UTF-8).
     *
     * @param file the programme
     * @return the programme, with its diagnostics
     * @throws IOException       when the file cannot be read (missing, a folder, not a regular file)
     * @throws MarshallException when it is over a limit
     */
    public Programme load(Path file) throws IOException, MarshallException {
        if (trusted) return new Programme(this, file.toString(), Compiler.compile(file));
        if (Files.isDirectory(file)) throw new IOException(file + ": is a directory");
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "no such file");
        if (!Files.isRegularFile(file)) throw new IOException(file + ": not a regular file");
        if (Files.size(file) > 4L * limits.maxSourceChars()) throw tooLong(file.toString());
        SourceReader.Read read = SourceReader.read(file);
        Path folder = file.toAbsolutePath().normalize().getParent();
        return load(file.toString(), read, modules != null ? modules : ModuleResolver.folder(folder));
    }

    /**
     * Loads and checks a programme held as text; its {@code use "path"} modules
     * come from the builder's resolver (none by default).
     *
     * @param name the name diagnostics give it, e.g. {@code proposal.marshall}
     * @param text the programme
     * @return the programme, with its diagnostics
     * @throws MarshallException when it is over a limit
     */
    public Programme load(String name, String text) throws MarshallException {
        if (text.length() > limits.maxSourceChars()) throw tooLong(name);
        SourceReader.Read read = new SourceReader.Read(dev.marshall.source.SourceFile.ofString(name, text), java.util.List.of());
        return load(name, read, modules != null ? modules : ModuleResolver.none());
    }

    /**
     * Loads and checks a programme read from {@code reader} (read to its end, not closed).
     *
     * @param name   the name diagnostics give it
     * @param reader the programme's text
     * @return the programme, with its diagnostics
     * @throws IOException       when reading fails
     * @throws MarshallException when it is over a limit
     */
    public Programme load(String name, Reader reader) throws IOException, MarshallException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            text.append(buffer, 0, n);
            if (text.length() > limits.maxSourceChars()) throw tooLong(name);
        }
        return load(name, text.toString());
    }

    /**
     * Checks a programme text read with {@link ProgrammeText} (for instance one
     * that needed decoding leniently); its modules are found as for
     * {@link #load(Path)} when the text came from a file. Only a
     * {@link Builder#trusted() trusted} Marshall takes it; no limit applies.
     *
     * @param text the text and where it came from
     * @return the programme, with its diagnostics (among them any decoding problem)
     * @throws IllegalStateException when this Marshall is not trusted
     */
    public Programme load(ProgrammeText text) {
        if (!trusted) throw new IllegalStateException("only a trusted Marshall checks a ProgrammeText; use load(Path | String | Reader)");
        return new Programme(this, text.name(), Compiler.compile(text.read()));
    }

    /**
     * The Truffle runtime that simulations run on, as Truffle names it: an
     * optimizing runtime compiles guest code; a fallback one interprets it.
     *
     * @return e.g. {@code Interpreted} or {@code GraalVM Compiler}
     */
    public static String runtimeName() {
        return TruffleEngine.implementationName();
    }

    /** Whether this Marshall's programmes are the user's own, without limits ({@link Builder#trusted()}). */
    boolean trusted() {
        return trusted;
    }

    private Programme load(String name, SourceReader.Read read, ModuleResolver resolver) throws MarshallException {
        if (read.source().text().length() > limits.maxSourceChars()) throw tooLong(name);
        String nesting = Nesting.problem(read.source(), limits.maxNesting());
        if (nesting != null) throw new MarshallException(nesting);
        Compilation compilation = Compiler.compile(read.withModules(path -> {
            Optional<String> text = resolver.read(path);
            if (text.isPresent() && text.get().length() > limits.maxSourceChars()) {
                throw new IOException("it is longer than the limit of " + limits.maxSourceChars() + " characters");
            }
            String deep = text.isEmpty() ? null : Nesting.problem(dev.marshall.source.SourceFile.ofString(path, text.get()), limits.maxNesting());
            if (deep != null) throw new IOException(deep);
            return text;
        }));
        Declarations.check(name, compilation, limits.maxDeclarations());
        return new Programme(this, name, compilation);
    }

    private MarshallException tooLong(String name) {
        return new MarshallException(name + ": the programme is longer than the limit of " + limits.maxSourceChars()
                + " characters (Limits.maxSourceChars)");
    }

    /** The shared engine, started on first use. */
    synchronized Engine engine() {
        if (closed) throw new IllegalStateException("this Marshall is closed");
        if (engine == null) {
            try {
                engine = TruffleEngine.newEngine();
            } catch (IllegalArgumentException refused) { // an option from -Dpolyglot.* that this runtime lacks
                throw new EngineOptionsException(refused);
            }
        }
        return engine;
    }

    /**
     * Closes the shared engine. Simulations still running fail; later ones
     * throw {@link IllegalStateException}. Idempotent.
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (engine != null) engine.close(true);
        engine = null;
    }
}
