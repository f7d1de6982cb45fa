package dev.marshall.approach;

import dev.marshall.model.Actor;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.Optional;
import java.util.Set;

/**
 * How the approach checks read the words of std.unido: which actor kinds come
 * from outside the cluster, which give the poor a voice, and which pillars
 * count as pro-poor, scale-up or service work. The same grouping is written
 * in the doc comment of {@code enum actor_kind} in {@code std/unido.marshall}.
 * A word a programme adds ({@code extend actor_kind { trust "…" { counts_as =
 * [public] } }}) is counted by the markers it declares
 * ({@link dev.marshall.model.WordMarkers}), one per group below.
 */
final class Kinds {
    private Kinds() {}

    /** Whether {@code word} of {@code vocabulary} was added by the programme with {@code marker}. */
    private static boolean marked(Programme programme, String vocabulary, String word, String marker) {
        if (word == null) return false;
        return programme.vocabulary(vocabulary).flatMap(v -> v.word(word)).map(w -> w.countsAs(marker)).orElse(false);
    }

    static final String DEVELOPMENT_AGENT = "development_agent";

    /** Actors from outside the cluster: the agency's broker and funders (§3, §4). */
    private static final Set<String> EXTERNAL = Set.of(DEVELOPMENT_AGENT, "donor");

    /** Organisations through which the poor gain representation and voice (§3.3). */
    private static final Set<String> VOICE_OF_THE_POOR = Set.of("ngo", "self_help_group", "womens_federation", "cooperative");

    /**
     * Public-sector institutions (§4: "a strong involvement of public-sector
     * institutions"). Training institutes and universities count: in the
     * paper's cases they are public bodies (the Government Polytechnic for
     * Women of Box 5, the University of Mekelle of Box 3).
     */
    private static final Set<String> PUBLIC_SECTOR = Set.of("government_agency", "local_government", "training_institute", "university");

    /**
     * Providers of training and business services whose capacity the programme
     * builds (§3.2(b), (c)). The paper's own list of BDS providers is
     * "technical institutions, industry associations and NGOs among others",
     * and its section on them includes access to financial services through
     * mutual guarantee cooperatives (Box 7).
     */
    private static final Set<String> SERVICE_PROVIDERS = Set.of(
            "training_institute", "university", "bds_provider", "business_association", "ngo", "guarantee_cooperative");

    static final String TRUST_GOVERNANCE = "trust_governance";
    static final String PRO_POOR_CAPABILITIES = "pro_poor_capabilities";
    static final Set<String> PRO_POOR_PILLARS = Set.of("pro_poor_economic", "pro_poor_capabilities");
    static final Set<String> SCALE_UP_PILLARS = Set.of("dissemination", "policy");

    /**
     * Services that local institutions can provide to firms — training and
     * credit — which the development agent should not deliver itself (§4).
     * Coaching networks and building institutions' capacity are its own work
     * (§3, Box 2), so those pillars are not here.
     */
    private static final Set<String> SERVICE_PILLARS = Set.of("skills", "finance");

    /** The kind of a declared actor, if the name is one. */
    static Optional<String> kindOf(Programme programme, String actorName) {
        if (actorName == null) return Optional.empty();
        return programme.actor(actorName).map(Actor::actorKind);
    }

    static boolean isExternal(Programme programme, String kind) {
        return kind != null && (EXTERNAL.contains(kind) || marked(programme, "actor_kind", kind, "external"));
    }

    /** A declared actor from the cluster itself (anything but an external agency). Unknown names are not local. */
    static boolean isLocal(Programme programme, String actorName) {
        return kindOf(programme, actorName).map(k -> !isExternal(programme, k)).orElse(false);
    }

    static boolean isPublicSector(Programme programme, String kind) {
        return kind != null && (PUBLIC_SECTOR.contains(kind) || marked(programme, "actor_kind", kind, "public"));
    }

    static boolean isServiceProvider(Programme programme, String kind) {
        return kind != null && (SERVICE_PROVIDERS.contains(kind) || marked(programme, "actor_kind", kind, "support_institution"));
    }

    /** The actors an intervention involves: its lead, partners and targets, in that order. */
    static java.util.List<String> involved(Intervention intervention) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (intervention.lead() != null) names.add(intervention.lead());
        names.addAll(intervention.partners());
        names.addAll(intervention.targets());
        return names;
    }

    static boolean isVoiceOfThePoor(Programme programme, String kind) {
        return kind != null && (VOICE_OF_THE_POOR.contains(kind) || marked(programme, "actor_kind", kind, "of_the_poor"));
    }

    static boolean isDevelopmentAgent(Programme programme, String actorName) {
        return kindOf(programme, actorName).map(DEVELOPMENT_AGENT::equals).orElse(false);
    }

    static boolean isProPoor(Programme programme, Intervention intervention) {
        String p = intervention.pillar();
        return PRO_POOR_PILLARS.contains(p) || marked(programme, "pillar", p, "pro_poor") || isCapabilityWork(programme, p);
    }

    /** Work on the non-economic capabilities of the poor (§3.3b). */
    static boolean isCapabilityWork(Programme programme, String pillar) {
        return PRO_POOR_CAPABILITIES.equals(pillar) || marked(programme, "pillar", pillar, "capabilities");
    }

    static boolean isScaleUp(Programme programme, Intervention intervention) {
        return SCALE_UP_PILLARS.contains(intervention.pillar()) || marked(programme, "pillar", intervention.pillar(), "scale_up");
    }

    static boolean isTrustBuilding(Programme programme, Intervention intervention) {
        return TRUST_GOVERNANCE.equals(intervention.pillar()) || marked(programme, "pillar", intervention.pillar(), "trust");
    }

    /** A service that local institutions can provide to firms ({@link #SERVICE_PILLARS}). */
    static boolean isServicePillar(Programme programme, String pillar) {
        return SERVICE_PILLARS.contains(pillar) || marked(programme, "pillar", pillar, "service");
    }
}
