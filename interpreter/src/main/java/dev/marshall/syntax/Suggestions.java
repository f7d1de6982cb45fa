package dev.marshall.syntax;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the closest candidate by edit distance, when it is close enough to be a likely typo. */
public final class Suggestions {
    private Suggestions() {}

    /** A hint such as {@code did you mean 'trust'?}, or "" when nothing is close. */
    public static String didYouMean(String name, Collection<String> candidates) {
        String best = closest(name, candidates);
        return best == null ? "" : "did you mean '" + best + "'?";
    }

    /**
     * The hint for a word outside a closed vocabulary: the nearest word (a
     * known synonym first, then the closest spelling) and every valid word,
     * e.g. {@code did you mean 'year'? the words are: month, quarter, semester, year}.
     */
    public static String vocabularyHint(String word, java.util.List<String> words) {
        String synonym = Synonyms.of(word);
        String nearest = synonym != null && words.contains(synonym) ? synonym : closest(word, words);
        String list = "the words are: " + String.join(", ", words);
        return nearest == null ? list : "did you mean '" + nearest + "'? " + list;
    }

    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        for (String candidate : candidates) {
            if (candidate.equals(name)) continue;
            // The distance is at least the difference in length: a candidate that cannot be close
            // enough, or cannot beat the best so far, is not measured (a name is checked against
            // every declaration's, and an unknown name is common while a programme is being typed).
            String other = candidate.toLowerCase(Locale.ROOT);
            int lengths = Math.abs(other.length() - lower.length());
            if (lengths > allowed || lengths > bestDistance) continue;
            int d = distance(lower, other);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
