package dev.marshall.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;

/** The programmes a goal works on: every {@code .marshall} file below a folder, in a stable order. */
final class ProgrammeFiles {
    private ProgrammeFiles() {}

    static List<Path> below(Path folder) throws MojoExecutionException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".marshall"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list the programmes below " + folder + ": " + e.getMessage(), e);
        }
    }
}
