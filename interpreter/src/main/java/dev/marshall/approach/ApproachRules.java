package dev.marshall.approach;

import dev.marshall.check.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * The approach checks of std.unido, in the order of their codes: the one
 * place they are registered. The checker runs them when a programme says
 * {@code use std.unido}; {@code marshall rules} lists them. Each rule is a
 * small class reporting warnings with one stable code; its words (title,
 * message, hint, explanation) are under that code in {@code messages.properties}.
 */
public final class ApproachRules {
    private ApproachRules() {}

    private static final List<Check> ALL = List.of(
            new DevelopmentAgentRule(),      // A01 §3
            new TrustFirstRule(),            // A02 §3.1, §4
            new LocalLeadershipRule(),       // A03 §4
            new CostShareRule(),             // A04 §4
            new ProPoorFocusRule(),          // A05 §3.3, §4
            new WomenAndInformalRule(),      // A06 §3.3, Box 8, Box 9
            new QuickWinRule(),              // A07 §4
            new HighRiskAfterTrustRule(),    // A08 §4
            new ResultBasedMonitoringRule(), // A09 §4
            new SmartIndicatorRule(),        // A10 SMART indicators
            new PrioritiesRule(),            // A11 §4
            new ScaleUpRule(),               // A12 §4, Box 11
            new NetworkShapeRule(),          // A13 §3.2a
            new VoiceOfThePoorRule(),        // A14 §3.3, Box 8
            new BrokerNotProviderRule(),     // A15 §3, §4
            new ParticipatoryTrustRule(),    // A16 §3.1, §4
            new ExitRule(),                  // A17 §3, §4
            new PublicSectorRule(),          // A20 §4, §3.1
            new ServiceProvidersRule(),      // A21 §3.2(b), §3.2(c), §4
            new LongTermCommitmentRule(),    // A22 §4
            new ProPoorClusterRule(),        // A23 §3.3
            new PoorOrganisationRule(),      // A24 §3.3, Box 8, Box 9
            new UsedNetworkRule(),           // A25 §3, §3.2(a)
            new CertainForecastRule());      // A26 §3.1, §4

    /** Every approach rule, in code order. */
    public static List<Check> all() {
        return ALL;
    }

    /** Every code the approach rules report, in order (A01, A02, …). */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>();
        for (Check check : ALL) codes.addAll(check.codes());
        return List.copyOf(codes);
    }

    /** Whether a code belongs to an approach rule (what {@code allow} may name). */
    public static boolean isApproachCode(String code) {
        return codes().contains(code);
    }
}
