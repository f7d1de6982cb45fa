package dev.marshall.syntax;

import java.util.Locale;
import java.util.Map;

/**
 * Words M&E practice uses for a word of Marshall's vocabularies: a designer
 * writes {@code every = annually} or {@code kind = bank} and is pointed to
 * {@code year} or {@code financial_institution}, which no edit distance finds.
 * A synonym is offered only when its word is in the vocabulary being read.
 */
public final class Synonyms {
    private Synonyms() {}

    private static final Map<String, String> WORDS = Map.ofEntries(
            // reporting periods (enum period)
            Map.entry("annually", "year"), Map.entry("annual", "year"), Map.entry("yearly", "year"),
            Map.entry("monthly", "month"), Map.entry("quarterly", "quarter"),
            Map.entry("biannual", "semester"), Map.entry("biannually", "semester"),
            Map.entry("semiannual", "semester"), Map.entry("semiannually", "semester"),
            Map.entry("semi_annual", "semester"), Map.entry("semi_annually", "semester"),
            Map.entry("half_year", "semester"), Map.entry("half_yearly", "semester"), Map.entry("halfyearly", "semester"),
            Map.entry("six_monthly", "semester"),
            // actor kinds (enum actor_kind)
            Map.entry("association", "business_association"), Map.entry("bank", "financial_institution"),
            Map.entry("mfi", "financial_institution"), Map.entry("microfinance", "financial_institution"),
            Map.entry("government", "government_agency"), Map.entry("ministry", "government_agency"),
            Map.entry("municipality", "local_government"), Map.entry("cda", "development_agent"),
            Map.entry("broker", "development_agent"), Map.entry("firm", "sme"),
            Map.entry("polytechnic", "training_institute"), Map.entry("vocational_school", "training_institute"),
            Map.entry("consultant", "bds_provider"), Map.entry("shg", "self_help_group"),
            // disaggregation dimensions (enum dimension)
            Map.entry("gender", "sex"), Map.entry("region", "location"), Map.entry("district", "location"),
            Map.entry("size", "firm_size"),
            // pillars (enum pillar)
            Map.entry("governance", "trust_governance"), Map.entry("trust", "trust_governance"),
            Map.entry("credit", "finance"), Map.entry("training", "skills"), Map.entry("scale_up", "dissemination"));

    /** The vocabulary word {@code word} is a synonym of, or null. */
    public static String of(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }
}
