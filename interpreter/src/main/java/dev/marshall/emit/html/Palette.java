package dev.marshall.emit.html;

import dev.marshall.emit.logframe.Logframe;
import java.util.HashMap;
import java.util.Map;

/**
 * Colours by meaning, as CSS classes of report.css: one per outcome (pillar),
 * shared by its outputs in every chart and table ({@code p0}..{@code p9}),
 * and one per family of actor kinds ({@code k-agent}, {@code k-firm}, ...).
 */
final class Palette {
    private final Map<String, String> byIntervention = new HashMap<>();
    private final Map<String, String> byOutcome = new HashMap<>();

    Palette(Logframe lf) {
        int index = 0;
        for (Logframe.Outcome o : lf.outcomes()) {
            String cssClass = "p" + (index++ % 10);
            byOutcome.put(o.ref(), cssClass);
            for (Logframe.Output out : o.outputs()) for (Logframe.Work w : out.work()) byIntervention.put(w.intervention(), cssClass);
        }
    }

    String outcome(Logframe.Outcome o) { return byOutcome.getOrDefault(o.ref(), "p9"); }

    String intervention(String name) { return byIntervention.getOrDefault(name, "p9"); }

    /** The family of an actor kind, for its colour and the legend. */
    static String actorFamily(String kind) {
        return switch (kind == null ? "" : kind) {
            case "development_agent" -> "k-agent";
            case "business_association", "cooperative", "sme", "large_firm", "buyer" -> "k-firm";
            case "bds_provider", "training_institute", "university" -> "k-support";
            case "financial_institution", "guarantee_cooperative" -> "k-finance";
            case "government_agency", "local_government" -> "k-public";
            case "ngo", "self_help_group", "womens_federation" -> "k-civil";
            case "donor" -> "k-donor";
            default -> "k-other";
        };
    }

    static String familyLabel(String family) {
        return switch (family) {
            case "k-agent" -> "Development agent";
            case "k-firm" -> "Firms and their associations";
            case "k-support" -> "Training and business services";
            case "k-finance" -> "Finance";
            case "k-public" -> "Government";
            case "k-civil" -> "Civil society and the poor";
            case "k-donor" -> "Donor";
            default -> "Other";
        };
    }
}
