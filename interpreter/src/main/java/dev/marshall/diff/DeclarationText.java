package dev.marshall.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declaration's source text as tokens and as lines, without comments and
 * layout, so that re-indenting or re-commenting is not a change, and with
 * names mapped through the renames found, so that a reference to a renamed
 * declaration is not a change either.
 */
final class DeclarationText {
    private DeclarationText() {}

    /** Comments first (so that their words are skipped), then strings, names, numbers, any other character. */
    private static final Pattern TOKEN = Pattern.compile(
            "//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"?|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9_]*(?:\\.[0-9][0-9_]*)?"
                    + "|>=|<=|==|!=|\\+=|-=|\\*=|/=|\\.\\.|\\S");

    /**
     * The tokens of {@code text} that carry meaning, each name replaced by its entry in {@code renames}
     * when it has one: no comments, and no {@code ;}, which only separates members a newline also separates.
     */
    static List<String> tokens(String text, Map<String, String> renames) {
        List<String> tokens = displayTokens(text, renames);
        tokens.removeIf(";"::equals);
        return tokens;
    }

    private static List<String> displayTokens(String text, Map<String, String> renames) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (t.startsWith("//") || t.startsWith("/*")) continue;
            tokens.add(renames.getOrDefault(t, t));
        }
        return tokens;
    }

    /** The non-blank lines of {@code text} as token sequences joined by single spaces: the unit a change is shown in. */
    static List<String> lines(String text, Map<String, String> renames) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            List<String> tokens = displayTokens(line, renames);
            if (!tokens.isEmpty()) lines.add(spaced(tokens));
        }
        return lines;
    }

    /** Tokens joined the way people write them: a space between words, none before , or ) or after (. */
    static String spaced(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String t : tokens) {
            boolean tight = previous == null || t.equals(",") || t.equals(";") || t.equals(")") || t.equals("]") || previous.equals("(")
                    || previous.equals("[") || (t.equals("(") && Character.isLetterOrDigit(previous.charAt(previous.length() - 1)));
            if (!tight) out.append(' ');
            out.append(t);
            previous = t;
        }
        return out.toString();
    }

    /**
     * How alike two token lists are (Dice's coefficient over token counts, 0..1):
     * a rename that also edits a line or two stays above the rename threshold.
     */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String t : a) counts.merge(t, 1, Integer::sum);
        int common = 0;
        for (String t : b) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** The lines only in {@code before} and only in {@code after}, by a longest common subsequence. */
    static LineChanges compare(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        // A declaration of thousands of lines would make the table huge: show it as replaced whole.
        if ((long) n * m > 1_000_000) return new LineChanges(before, after);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                removed.add(before.get(i++));
            } else {
                added.add(after.get(j++));
            }
        }
        while (i < n) removed.add(before.get(i++));
        while (j < m) added.add(after.get(j++));
        return new LineChanges(removed, added);
    }

    /** Lines a revision removed from and added to one declaration. */
    record LineChanges(List<String> removed, List<String> added) {
        LineChanges {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }
}
