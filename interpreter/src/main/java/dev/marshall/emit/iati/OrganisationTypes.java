package dev.marshall.emit.iati;

import java.util.Map;
import java.util.Optional;

/**
 * IATI OrganisationType codes for std.unido actor kinds, where the kind
 * decides it. A development agent or a donor may be public or private, local
 * or foreign: for those the type is left out (it is optional) rather than
 * guessed.
 */
final class OrganisationTypes {
    private static final Map<String, String> BY_KIND = Map.ofEntries(
            Map.entry("government_agency", "10"),
            Map.entry("local_government", "11"),
            Map.entry("ngo", "24"),
            Map.entry("womens_federation", "24"),
            Map.entry("self_help_group", "24"),
            Map.entry("business_association", "24"),
            Map.entry("cooperative", "72"),
            Map.entry("guarantee_cooperative", "72"),
            Map.entry("sme", "72"),
            Map.entry("large_firm", "72"),
            Map.entry("bds_provider", "72"),
            Map.entry("financial_institution", "72"),
            Map.entry("buyer", "70"),
            Map.entry("training_institute", "80"),
            Map.entry("university", "80"));

    private OrganisationTypes() {}

    static Optional<String> of(String actorKind) {
        return Optional.ofNullable(BY_KIND.get(actorKind));
    }
}
