package dev.marshall.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a word a programme adds to a vocabulary can count as for the approach
 * checks ({@code counts_as = [public, support_institution]}): each marker puts
 * the new word in a group of the standard library's own words, so that checks
 * such as A20 (no public-sector actor) or A24 (no organisation of the poor)
 * stay meaningful for it. Only actor kinds and pillars are grouped by checks.
 */
public final class WordMarkers {
    private WordMarkers() {}

    private static final Map<String, String> ACTOR_KIND = ordered(
            "external", "from outside the cluster, as development_agent and donor are (A03, A16, A17)",
            "public", "a public-sector institution, as government_agency is (A20)",
            "support_institution", "a provider of training or business services, as training_institute and bds_provider are (A21)",
            "of_the_poor", "an organisation of the poor, as self_help_group and cooperative are (A14, A24)");

    private static final Map<String, String> PILLAR = ordered(
            "trust", "trust and governance work, as trust_governance is (A02, A08, A16)",
            "service", "a service local institutions should provide, as skills and finance are (A15)",
            "pro_poor", "pro-poor work, as pro_poor_economic is (A05, A11)",
            "capabilities", "work on the capabilities of the poor, as pro_poor_capabilities is; it is also pro-poor (A24, A05)",
            "scale_up", "scaling up or policy work, as dissemination and policy are (A12, A11)");

    /** The markers a word of {@code vocabulary} may declare, each with what it means (empty: the list takes none). */
    public static Map<String, String> of(String vocabulary) {
        return switch (vocabulary) {
            case "actor_kind" -> ACTOR_KIND;
            case "pillar" -> PILLAR;
            default -> Map.of();
        };
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) out.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(out);
    }
}
