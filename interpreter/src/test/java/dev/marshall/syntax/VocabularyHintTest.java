package dev.marshall.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown word of a closed vocabulary: the nearest word (synonyms first) and every valid one. */
class VocabularyHintTest {
    private static final List<String> PERIODS = List.of("month", "quarter", "semester", "year");

    @Test
    void synonymsOfMAndEPracticeAreSuggested() {
        assertEquals("did you mean 'year'? the words are: month, quarter, semester, year", Suggestions.vocabularyHint("annually", PERIODS));
        assertEquals("did you mean 'semester'? the words are: month, quarter, semester, year", Suggestions.vocabularyHint("biannual", PERIODS));
        assertEquals("did you mean 'quarter'? the words are: month, quarter, semester, year", Suggestions.vocabularyHint("Quarterly", PERIODS));
    }

    @Test
    void aTypoGetsTheClosestSpellingAndNothingCloseOnlyTheList() {
        assertEquals("did you mean 'quarter'? the words are: month, quarter, semester, year", Suggestions.vocabularyHint("quater", PERIODS));
        assertEquals("the words are: month, quarter, semester, year", Suggestions.vocabularyHint("fortnight", PERIODS));
    }

    @Test
    void aSynonymOutsideTheVocabularyIsNotOffered() {
        assertEquals("the words are: sex, age", Suggestions.vocabularyHint("annually", List.of("sex", "age")));
    }
}
