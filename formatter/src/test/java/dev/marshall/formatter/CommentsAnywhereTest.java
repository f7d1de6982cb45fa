package dev.marshall.formatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.marshall.grammar.MarshallLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comments and line breaks put before random tokens of every example never
 * make the formatter fail, lose a comment (each result passes the formatter's
 * own token-by-token check) or stop being idempotent. Seeded: the same cases
 * every run.
 */
class CommentsAnywhereTest {
    private static final String[] INSERTS = {
        " // line\n", " /* block */ ", "\n\n\n", "\n// own line\n", " /* over\n two lines */", "\n", " /// doc\n", "\t",
    };
    private static final int CASES_PER_FILE = 40;

    static Stream<Path> programmes() {
        return Stream.concat(RepositoryProgrammes.examples(), RepositoryProgrammes.all().filter(p -> p.startsWith(RepositoryProgrammes.ROOT.resolve("formatter"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programmes")
    void commentsAnywhereAreKeptAndFormattingStaysIdempotent(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Integer> starts = new ArrayList<>();
        for (Token t : new MarshallLexer(CharStreams.fromString(text)).getAllTokens()) starts.add(t.getStartIndex());
        Random random = new Random(file.getFileName().toString().hashCode());
        for (int n = 0; n < CASES_PER_FILE; n++) {
            StringBuilder mutated = new StringBuilder(text);
            List<Integer> at = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(6); k++) at.add(starts.get(random.nextInt(starts.size())));
            at.sort(Comparator.reverseOrder());
            for (int offset : at) mutated.insert(offset, INSERTS[random.nextInt(INSERTS.length)]);
            String input = mutated.toString();
            FormatResult once = Formatter.format(input);
            assertFalse(once.refused(), () -> "refused " + once.problems() + " for:\n" + input);
            assertEquals(once.text(), Formatter.format(once.text()).text(), "not idempotent for:\n" + input);
        }
    }
}
