package dev.marshall.diff;

import dev.marshall.diff.Revision.Change;
import dev.marshall.diff.Revision.DeclarationChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the declarations of two revisions: by kind and name first; then each
 * declaration only the old revision has with the most alike one of the same
 * kind only the new revision has — a rename, when their text (own name aside)
 * is at least {@link #RENAME_SIMILARITY} alike. A rename is then followed
 * everywhere: a reference to the renamed declaration is not a change.
 */
final class DeclarationMatching {
    /** A rename that also edits a few lines stays a rename; a different declaration of the same kind is below this. */
    static final double RENAME_SIMILARITY = 0.7;

    /** Old name to new name, for each renamed declaration that others can refer to. */
    final Map<String, String> renames = new LinkedHashMap<>();
    /** New name to old name: the way back, to find a new declaration's old outcomes. */
    final Map<String, String> renamedFrom = new HashMap<>();
    final List<DeclarationChange> changes = new ArrayList<>();

    DeclarationMatching(List<DeclarationEntry> before, List<DeclarationEntry> after) {
        Map<String, DeclarationEntry> oldByKey = new LinkedHashMap<>();
        for (DeclarationEntry e : before) oldByKey.putIfAbsent(key(e), e);
        Map<DeclarationEntry, DeclarationEntry> pairs = new LinkedHashMap<>();
        List<DeclarationEntry> onlyNew = new ArrayList<>();
        for (DeclarationEntry e : after) {
            DeclarationEntry old = oldByKey.remove(key(e));
            if (old != null) pairs.put(e, old);
            else onlyNew.add(e);
        }
        List<DeclarationEntry> onlyOld = new ArrayList<>(oldByKey.values());
        findRenames(onlyOld, onlyNew, pairs);

        for (DeclarationEntry e : after) {
            DeclarationEntry old = pairs.get(e);
            if (old == null) {
                changes.add(new DeclarationChange(Change.ADDED, e.kind(), "", e.name(), e.line(), List.of(), List.of()));
                continue;
            }
            // An assumption or a risk is "named" by its text: an edited text is a change of it, not a rename.
            boolean renamed = !old.name().equals(e.name()) && old.renameable();
            // Changed is decided on tokens (a re-flowed declaration is the same); lines only show what changed.
            boolean edited = !DeclarationText.tokens(old.text(), renames).equals(DeclarationText.tokens(e.text(), Map.of()));
            DeclarationText.LineChanges lines = edited
                    ? DeclarationText.compare(DeclarationText.lines(old.text(), renames), DeclarationText.lines(e.text(), Map.of()))
                    : new DeclarationText.LineChanges(List.of(), List.of());
            if (renamed || edited) {
                changes.add(new DeclarationChange(renamed ? Change.RENAMED : Change.CHANGED, e.kind(), old.name(), e.name(),
                        e.line(), lines.removed(), lines.added()));
            }
        }
        for (DeclarationEntry old : onlyOld) {
            changes.add(new DeclarationChange(Change.REMOVED, old.kind(), old.name(), "", old.line(), List.of(), List.of()));
        }
    }

    /** Greedy: the most alike pair of one kind first, each declaration in at most one rename. */
    private void findRenames(List<DeclarationEntry> onlyOld, List<DeclarationEntry> onlyNew,
                             Map<DeclarationEntry, DeclarationEntry> pairs) {
        record Candidate(DeclarationEntry old, DeclarationEntry fresh, double similarity) {}
        List<Candidate> candidates = new ArrayList<>();
        for (DeclarationEntry old : onlyOld) {
            List<String> oldTokens = comparable(old);
            for (DeclarationEntry fresh : onlyNew) {
                if (!old.kind().equals(fresh.kind())) continue;
                double s = DeclarationText.similarity(oldTokens, comparable(fresh));
                if (s >= RENAME_SIMILARITY) candidates.add(new Candidate(old, fresh, s));
            }
        }
        // Most alike first; ties in declaration order, so the result does not depend on hashing.
        candidates.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        for (Candidate c : candidates) {
            if (!onlyOld.contains(c.old()) || !onlyNew.contains(c.fresh())) continue;
            onlyOld.remove(c.old());
            onlyNew.remove(c.fresh());
            pairs.put(c.fresh(), c.old());
            renamedFrom.put(c.fresh().kind() + " " + c.fresh().name(), c.old().name());
            if (c.old().renameable()) renames.put(c.old().name(), c.fresh().name());
        }
    }

    /** The old name a declaration of the new revision had, or its own name when it was not renamed. */
    String oldNameOf(String kind, String name) {
        return renamedFrom.getOrDefault(kind + " " + name, name);
    }

    /**
     * What two declarations are compared on: the tokens without the declaration's own name; for an assumption or a
     * risk, which are their text, the words of that text (one edited word leaves them alike, as it would a named
     * declaration's one edited line).
     */
    private static List<String> comparable(DeclarationEntry e) {
        if (e.renameable()) return ownNameless(e);
        return java.util.Arrays.stream(e.text().split("[^\\p{L}\\p{N}_%.]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> ownNameless(DeclarationEntry e) {
        return DeclarationText.tokens(e.text(), Map.of(e.name(), "\u0000self"));
    }

    private static String key(DeclarationEntry e) {
        return e.kind() + " " + e.name();
    }
}
