package dev.marshall.diff;

import dev.marshall.model.Declaration;
import dev.marshall.model.Programme;
import dev.marshall.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One declaration of a revision as the diff sees it: its kind and name, where
 * it is, and its source text. Only the programme's own files count — the
 * standard library is the same on both sides.
 *
 * @param kind       the keyword users write: intervention, milestone, …; assumption and risk for those
 * @param name       its name (the text, for an assumption or a risk)
 * @param renameable whether it has a name other declarations refer to (then a rename is followed)
 */
record DeclarationEntry(String kind, String name, boolean renameable, Span span) {

    int line() { return span == null ? 0 : span.line(); }

    String text() { return span == null ? "" : span.text(); }

    static List<DeclarationEntry> of(Programme p) {
        List<DeclarationEntry> entries = new ArrayList<>();
        List<Declaration> named = new ArrayList<>();
        named.addAll(p.params());
        named.addAll(p.clusters());
        named.addAll(p.actors());
        named.addAll(p.networks());
        named.addAll(p.interventions());
        named.addAll(p.indicators());
        named.addAll(p.milestones());
        named.addAll(p.functions());
        named.addAll(p.vocabularies());
        for (Declaration d : named) {
            if (own(d.span())) entries.add(new DeclarationEntry(d.kind(), d.name(), true, d.span()));
        }
        p.priorities().stream().filter(x -> own(x.span())).forEach(x -> entries.add(new DeclarationEntry("priority",
                x.preferred().keyword() + " over " + x.over().keyword(), false, x.span())));
        p.assumptions().stream().filter(x -> own(x.span()))
                .forEach(x -> entries.add(new DeclarationEntry("assumption", x.text(), false, x.span())));
        p.risks().stream().filter(x -> own(x.span()))
                .forEach(x -> entries.add(new DeclarationEntry("risk", x.text(), false, x.span())));
        entries.sort(java.util.Comparator.comparingInt(DeclarationEntry::offset));
        return entries;
    }

    private int offset() {
        return span == null ? Integer.MAX_VALUE : span.start();
    }

    /** The library's declarations live in files named {@code std/…}; they are not the proposal's. */
    private static boolean own(Span span) {
        return span == null || !span.file().displayPath().startsWith("std/");
    }
}
