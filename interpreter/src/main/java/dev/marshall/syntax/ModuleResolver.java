package dev.marshall.syntax;

import java.io.IOException;
import java.util.Optional;

/**
 * Where {@code use "path"} finds a module when a host, not the file system,
 * holds the programme's files (the embedding API). The loader hands it a
 * path already made relative to the programme's root, with {@code .} and
 * {@code ..} resolved, {@code /}-separated, never absolute and never leaving
 * the root (those are refused with E016 before the resolver is asked).
 */
@FunctionalInterface
public interface ModuleResolver {

    /** The text of the module at {@code path}, or empty when there is none (E015). */
    Optional<String> read(String path) throws IOException;
}
