package dev.marshall;

import dev.marshall.approach.ApproachRules;
import dev.marshall.check.Check;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Allow;
import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the checks on a built model and applies {@code allow}: an approach
 * warning is silenced by an {@code allow} of its code at the top level of its
 * file or in the declaration it points into. An allow must name an approach
 * check (E070), give a reason (E071), and silence something (W072).
 *
 * <p>Approach checks run only on a programme without errors: advice on a
 * programme that does not yet mean anything is noise.
 */
public final class Checker {
    private Checker() {}

    public static Compilation check(Compilation built) {
        Programme programme = built.programme();
        if (programme == null) return built;
        DiagnosticSink sink = new DiagnosticSink();
        for (Check check : Checks.language()) check.check(programme, sink);
        List<Diagnostic> all = new ArrayList<>(built.diagnostics());
        all.addAll(sink.diagnostics());
        boolean errors = all.stream().anyMatch(Diagnostic::isError);

        DiagnosticSink advice = new DiagnosticSink();
        if (programme.usesStandardLibrary() && !errors) {
            for (Check check : Checks.approach()) check.check(programme, advice);
        }
        all.addAll(suppress(programme, advice.diagnostics(), !errors && programme.usesStandardLibrary()));
        all.sort(Diagnostic.SOURCE_ORDER);
        return new Compilation(programme, all, built.sources());
    }

    private static List<Diagnostic> suppress(Programme programme, List<Diagnostic> warnings, boolean approachRan) {
        List<String> known = ApproachRules.codes();
        DiagnosticSink sink = new DiagnosticSink();
        Set<Allow> used = new HashSet<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic w : warnings) {
            Allow silencing = null;
            for (Allow a : programme.allows()) {
                if (a.code().equals(w.code()) && covers(a, w.span())) {
                    silencing = a;
                    break;
                }
            }
            if (silencing == null) kept.add(w);
            else used.add(silencing);
        }
        for (Allow a : programme.allows()) {
            if (!programme.isOwnSource(a.span())) continue;
            if (!known.contains(a.code())) {
                sink.report("E070", a.span(), a.code()).hint(Suggestions.didYouMean(a.code(), known).isEmpty()
                        ? "see `marshall rules` for the approach checks" : Suggestions.didYouMean(a.code(), known));
            } else if (a.reason().isBlank()) {
                sink.report("E071", a.span(), a.code(), a.code());
            } else if (approachRan && !used.contains(a)) {
                sink.report("W072", a.span(), a.code());
            }
        }
        kept.addAll(sink.diagnostics());
        return kept;
    }

    private static boolean covers(Allow allow, Span where) {
        if (where == null) return allow.scope() == null;
        if (allow.scope() == null) return allow.span().file() == where.file();
        return allow.scope().file() == where.file() && allow.scope().start() <= where.start() && where.end() <= allow.scope().end();
    }
}
