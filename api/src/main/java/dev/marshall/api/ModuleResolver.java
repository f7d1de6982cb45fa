package dev.marshall.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code use "path"} finds a programme's modules: the host decides. The
 * path given is already relative to the programme's root, {@code /}-separated,
 * with {@code .} and {@code ..} resolved; a path that is absolute or climbs
 * above the root never reaches a resolver (the programme gets error E016 at the
 * {@code use}). Library modules ({@code use std.unido}) ship with Marshall and
 * need no resolver.
 */
@FunctionalInterface
public interface ModuleResolver {

    /**
     * The text of a module.
     *
     * @param path the module's path relative to the programme's root, e.g. {@code lib/common.marshall}
     * @return its text, or empty when there is no such module (error E015 at the {@code use})
     * @throws IOException when it exists but cannot be read (error E015 with the reason)
     */
    Optional<String> read(String path) throws IOException;

    /**
     * Programmes may use library modules only: every {@code use "path"} is E015.
     *
     * @return a resolver that knows no files
     */
    static ModuleResolver none() {
        return path -> Optional.empty();
    }

    /**
     * Modules held in memory, by root-relative path.
     *
     * @param modules the text of each module, e.g. {@code Map.of("lib/common.marshall", "fn …")}
     * @return a resolver over a copy of the map
     */
    static ModuleResolver of(Map<String, String> modules) {
        Map<String, String> copy = Map.copyOf(modules);
        return path -> Optional.ofNullable(copy.get(path));
    }

    /**
     * Regular files below {@code root}; a file whose real path (symbolic links
     * followed) lies outside {@code root} is refused as if it did not exist.
     *
     * @param root the programme's folder
     * @return a resolver reading UTF-8 files below it
     */
    static ModuleResolver folder(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return path -> {
            Path file = base.resolve(path).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (!file.toRealPath().startsWith(base.toRealPath())) return Optional.empty();
            return Optional.of(Files.readString(file.toRealPath(), StandardCharsets.UTF_8));
        };
    }
}
