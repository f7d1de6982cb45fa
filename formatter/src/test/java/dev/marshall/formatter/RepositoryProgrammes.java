package dev.marshall.formatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every Marshall file of the repository that tests read: the examples, the
 * standard library, the interpreter's test programmes and this module's
 * golden inputs and outputs. Found by walking the folders, so a new one is
 * covered without a change here.
 */
final class RepositoryProgrammes {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private RepositoryProgrammes() {}

    static Stream<Path> all() {
        return Stream.of("examples", "stdlib/src", "interpreter/src/test/resources", "formatter/src/test/resources")
                .map(ROOT::resolve)
                .flatMap(RepositoryProgrammes::marshallFiles)
                .sorted();
    }

    static Stream<Path> examples() {
        return marshallFiles(ROOT.resolve("examples")).filter(p -> p.getParent().equals(ROOT.resolve("examples"))).sorted();
    }

    private static Stream<Path> marshallFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(".marshall") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("/target/"))
                    .toList();
            return found.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
