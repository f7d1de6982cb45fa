package dev.marshall.lsp;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Actor;
import dev.marshall.model.Cluster;
import dev.marshall.model.Declaration;
import dev.marshall.model.Function;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Network;
import dev.marshall.model.Param;
import dev.marshall.model.Programme;
import dev.marshall.model.State;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a programme declares (its files and the modules it uses), from its
 * model: what a written name resolves to. Names of the language are global
 * except a fn's parameters, which {@link #resolve} looks up first.
 */
final class SymbolIndex {
    /** When several declarations share a name (a state and a property word), the first kind here wins. */
    private static final List<String> PRECEDENCE = List.of("state", "param", "intervention", "indicator", "milestone",
            "actor", "network", "cluster", "fn", "word", "enum");

    private final Map<String, List<Symbol>> byName = new LinkedHashMap<>();
    private final Programme programme;

    SymbolIndex(Programme programme) {
        this.programme = programme;
        if (programme == null) return;
        for (Param p : programme.params()) add(symbol(p, firstLine(p.span())));
        for (Cluster c : programme.clusters()) {
            add(symbol(c, c.isReplicated() ? c.replicas() + " replicas" : ""));
            for (State s : c.states()) add(symbol(s, "state of cluster " + c.name() + ": " + firstLine(s.span())));
        }
        for (Actor a : programme.actors()) add(symbol(a, "actor of kind " + a.actorKind()));
        for (Network n : programme.networks()) add(symbol(n, n.shape().name().toLowerCase(Locale.ROOT) + " network"));
        for (Intervention i : programme.interventions()) {
            add(symbol(i, "pillar " + i.pillar() + ", " + i.duration() + " months" + (i.lead() == null ? "" : ", led by " + i.lead())));
        }
        for (Indicator i : programme.indicators()) add(symbol(i, indicatorDetail(i)));
        for (Milestone m : programme.milestones()) add(symbol(m, "\"" + m.title() + "\", due month " + m.due()));
        for (Function f : programme.functions()) {
            add(symbol(f, (f.isNative() ? "native fn " : "fn ") + f.name() + "(" + String.join(", ", f.params()) + ")"));
        }
        for (Vocabulary v : programme.vocabularies()) {
            add(symbol(v, v.words().size() + " words"));
            for (Vocabulary.Word w : v.words()) {
                String detail = "a word of " + v.name() + (w.label().equals(w.name()) ? "" : ": \"" + w.label() + "\"")
                        + (w.value() == null ? "" : " = " + Format.number(w.value()))
                        + (w.added() ? ", added by the programme" : "")
                        + (w.countsAs().isEmpty() ? "" : ", counts as " + String.join(", ", w.countsAs()))
                        + (w.groups().isEmpty() ? "" : ", groups " + String.join(", ", w.groups()));
                Span wordSpan = w.span();
                add(new Symbol("word", w.name(), wordSpan, wordSpan, w.doc(), detail));
            }
        }
    }

    Programme programme() { return programme; }

    private static String indicatorDetail(Indicator i) {
        StringBuilder s = new StringBuilder(i.level() == null ? "indicator" : i.level().name().toLowerCase(Locale.ROOT) + " indicator");
        i.properties().get("unit").ifPresent(p -> s.append(", ").append(text(p.span())));
        i.properties().get("baseline").ifPresent(p -> s.append(", ").append(text(p.span())));
        i.properties().get("target").ifPresent(p -> s.append(", ").append(text(p.span())));
        if (i.every() != null) s.append(", every ").append(i.every());
        return s.toString();
    }

    private static Symbol symbol(Declaration d, String detail) {
        return new Symbol(d.kind(), d.name(), d.nameSpan() == null ? d.span() : d.nameSpan(), d.span(), d.doc(), detail);
    }

    private void add(Symbol s) {
        if (s.nameSpan() == null) return;
        byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
    }

    /** Every symbol, for completion and workspace symbols. */
    List<Symbol> all() {
        List<Symbol> all = new ArrayList<>();
        for (List<Symbol> list : byName.values()) all.addAll(list);
        return all;
    }

    List<Symbol> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The symbol a name written in {@code syntax} means, or null. */
    Symbol resolve(Syntax syntax, Syntax.Occurrence occurrence) {
        if (occurrence.role() == Syntax.Role.PROPERTY || occurrence.role() == Syntax.Role.CODE) return null;
        MarshallParser.FnDeclContext fn = occurrence.function();
        if (fn != null && Syntax.isParameter(fn, occurrence.name()) && (fn.name == null || !fn.name.getText().equals(occurrence.name())
                || occurrence.start() != fn.name.getStart().getStartIndex())) {
            for (MarshallParser.IdentContext p : fn.params) {
                if (p.getText().equals(occurrence.name())) {
                    Span at = new Span(syntax.source, p.getStart().getStartIndex(), p.getStart().getStopIndex() + 1);
                    Span whole = new Span(syntax.source, fn.getStart().getStartIndex(), fn.getStop() == null ? at.end() : fn.getStop().getStopIndex() + 1);
                    return new Symbol("parameter", occurrence.name(), at, whole, "", "a parameter of fn " + (fn.name == null ? "?" : fn.name.getText()));
                }
            }
        }
        List<Symbol> candidates = named(occurrence.name());
        if (candidates.isEmpty()) return null;
        // A declaration resolves to itself.
        for (Symbol s : candidates) {
            if (s.nameSpan().file() == syntax.source && s.nameSpan().start() == occurrence.start()) return s;
            if (sameFile(s.nameSpan().file(), syntax.source) && s.nameSpan().start() == occurrence.start()) return s;
        }
        Symbol best = candidates.get(0);
        for (Symbol s : candidates) if (rank(s) < rank(best)) best = s;
        return best;
    }

    private static int rank(Symbol s) {
        int r = PRECEDENCE.indexOf(s.kind());
        return r < 0 ? PRECEDENCE.size() : r;
    }

    /** The same file read twice (by two analyses) has two SourceFile objects: compare where they live. */
    static boolean sameFile(SourceFile a, SourceFile b) {
        if (a == b) return true;
        if (a.location() != null && b.location() != null) return a.location().toAbsolutePath().normalize().equals(b.location().toAbsolutePath().normalize());
        return a.location() == null && b.location() == null && a.displayPath().equals(b.displayPath());
    }

    private static String text(Span span) {
        return span == null ? "" : firstLine(span);
    }

    static String firstLine(Span span) {
        String t = span.text().strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip() + " …";
    }
}
