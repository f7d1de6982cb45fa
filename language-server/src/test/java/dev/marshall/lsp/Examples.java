package dev.marshall.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example programmes of the repository, which the server's tests open as a designer would. */
final class Examples {
    private Examples() {}

    static Path folder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/sialkot.marshall"))) return p.resolve("examples");
        }
        throw new IllegalStateException("examples/ not found above " + here);
    }

    static String text(String name) {
        try {
            return Files.readString(folder().resolve(name + ".marshall"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The compatibility fixture: the shared spec's Sialkot programme, kept byte for byte in the examples'
     * test resources. The server's tests edit it because its text is fixed; examples/sialkot.marshall grows.
     */
    static String sialkotSpec() {
        try {
            return Files.readString(folder().resolve("src/test/resources/spec/sialkot.marshall"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".marshall")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a programme into a folder and returns its URI. */
    static String write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
