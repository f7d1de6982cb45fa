package dev.marshall.lsp;

import dev.marshall.source.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document URIs and the files behind them. A {@code file:} URI is a path on
 * disk ({@code use "…"} resolves beside it); any other URI (an unsaved buffer)
 * has none. Library modules (std.unido) live in the application's jar, so to
 * open them in an editor their text is written once to a read-only copy in the
 * user's cache folder.
 */
final class Uris {
    private final Map<String, String> libraryUris = new ConcurrentHashMap<>();
    private final Path libraryFolder;

    Uris(Path libraryFolder) {
        this.libraryFolder = libraryFolder;
    }

    /** The cache folder: $XDG_CACHE_HOME/marshall/lsp, else ~/.cache/marshall/lsp, else the temporary folder. */
    static Path defaultLibraryFolder() {
        String cache = System.getenv("XDG_CACHE_HOME");
        if (cache == null || !cache.startsWith("/")) {
            String home = System.getProperty("user.home");
            cache = home == null ? null : home + "/.cache";
        }
        Path base = cache == null ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(cache);
        return base.resolve("marshall").resolve("lsp");
    }

    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if ("file".equalsIgnoreCase(parsed.getScheme())) return Path.of(parsed);
        } catch (RuntimeException e) {
            // not a file URI, or not one this platform can map: an in-memory document
        }
        return null;
    }

    /** What diagnostics and hovers call the document: its path when it has one. */
    static String displayPath(String uri) {
        Path p = path(uri);
        return p == null ? uri : p.toString();
    }

    /** The URI of a file an analysis read: the document itself, a file on disk, or a library module's copy. */
    String uriOf(SourceFile file, Analysis analysis, String documentUri) {
        if (analysis != null && file == analysis.source) return documentUri;
        if (file.location() != null) return file.location().toAbsolutePath().normalize().toUri().toString();
        return libraryUris.computeIfAbsent(file.displayPath(), k -> writeLibraryCopy(file));
    }

    private String writeLibraryCopy(SourceFile file) {
        Path target = libraryFolder.resolve(file.displayPath().replaceAll("[^A-Za-z0-9._/-]", "_")).normalize();
        try {
            if (!target.startsWith(libraryFolder)) throw new IOException("outside the cache folder");
            boolean same = Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(file.text());
            if (!same) {
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), ".module", ".tmp");
                Files.writeString(temporary, file.text(), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                target.toFile().setWritable(false, false);
            }
            return target.toUri().toString();
        } catch (IOException | RuntimeException e) {
            return "marshall:" + file.displayPath();   // navigable by nobody, but still a valid location
        }
    }
}
