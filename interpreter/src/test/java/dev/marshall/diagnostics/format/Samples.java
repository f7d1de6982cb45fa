package dev.marshall.diagnostics.format;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.diagnostics.Messages;
import dev.marshall.diagnostics.Related;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.nio.file.Path;
import java.util.List;

/** Hand-built sources and diagnostics that exercise every part of a rendering. */
final class Samples {
    private Samples() {}

    /** Line 6 starts with a tab; line 14 holds a NUL byte; the file ends inside a string. */
    static final SourceFile DEMO = new SourceFile("examples/demo.marshall", Path.of("examples/demo.marshall"), """
            programme "Demo" {
              budget = 100_000 EUR
            }

            cluster demo {
            \tstate trust = 0.2 in 0..1
            }

            intervention a : trust_governance {
              cost = 40_000 EUR
              each month { trust += trst * 2 }
            }
            intervention a : skills {
              note = "a NUL \0 here"
            }
            assumption "never closed""");

    static final SourceFile MODULE = new SourceFile("examples/lib/common.marshall", Path.of("examples/lib/common.marshall"),
            "fn half(x) = x / 2\nfn twice(x) = x * tw\n");

    /** The standard library lives on the class path: a display path, no file. */
    static final SourceFile STDLIB = SourceFile.ofString("std/unido.marshall", "vocabulary pillar { trust_governance, skills }\n");

    static Span span(SourceFile file, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = file.text().indexOf(text, at + 1);
            if (at < 0) throw new IllegalArgumentException("'" + text + "' occurs fewer than " + (occurrence + 1) + " times");
        }
        return new Span(file, at, at + text.length());
    }

    static Span span(SourceFile file, String text) { return span(file, text, 0); }

    /** The {@code length} characters at {@code skip} characters into the first occurrence of {@code marker}. */
    static Span within(SourceFile file, String marker, int skip, int length) {
        int at = file.text().indexOf(marker);
        if (at < 0) throw new IllegalArgumentException("no '" + marker + "'");
        return new Span(file, at + skip, at + skip + length);
    }

    static Diagnostic diagnostic(String code, Span span, List<Related> related, Object... args) {
        return hinted(code, span, related, Messages.hint(code, args), args);
    }

    static Diagnostic hinted(String code, Span span, List<Related> related, String hint, Object... args) {
        return new Diagnostic(code, DiagnosticSink.severityOf(code), Messages.message(code, args), span, related, hint);
    }

    static List<CheckedFile> demo() {
        SourceFile f = DEMO;
        String text = f.text();
        List<Diagnostic> diagnostics = List.of(
                diagnostic("E018", null, List.of(), "a programme needs a currency"),
                hinted("E010", span(f, "trst"), List.of(new Related(span(f, "trust"), "'trust' is declared here")),
                        "did you mean 'trust'?", "trst"),
                diagnostic("E011", within(f, "intervention a : skills", 13, 1),
                        List.of(new Related(within(f, "intervention a", 13, 1), "first declared here"),
                                new Related(span(STDLIB, "skills"), "pillar 'skills' comes from here")),
                        "intervention", "a"),
                diagnostic("E004", within(f, "\0", 0, 1), List.of(), "U+0000"),
                diagnostic("E040", new Span(f, text.indexOf("intervention a"), text.indexOf("assumption") - 1), List.of(), "a -> a"),
                diagnostic("W072", span(f, "0.2"), List.of(), "A05"),
                diagnostic("E002", new Span(f, text.indexOf("\"never"), text.length()), List.of()),
                hinted("E010", span(MODULE, "tw", 1), List.of(), "", "tw"));
        return List.of(new CheckedFile("examples/demo.marshall", diagnostics),
                new CheckedFile("examples/clean.marshall", List.of()));
    }
}
