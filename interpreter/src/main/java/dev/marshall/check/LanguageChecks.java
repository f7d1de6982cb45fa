package dev.marshall.check;

import java.util.List;

/**
 * The static checks of the language (errors, and the warnings W073 and W230), the
 * counterpart of {@code approach.ApproachRules}; they run on every programme.
 * Both lists are put together by the registry above them, {@code dev.marshall.Checks}.
 */
public final class LanguageChecks {
    private LanguageChecks() {}

    private static final List<Check> ALL = List.of(
            new ScheduleCheck(), new BudgetCheck(), new RecursionCheck(), new CallDepthCheck(), new StateRangeCheck(),
            new TargetTimingCheck(), new IatiIdentityCheck(), new ResultsChainCheck(),
            new IatiSectorCheck(), new FundingCheck(),
            new NetworkSizeCheck(), new NetworkReadCheck());

    /** Every language check, in the order they run. */
    public static List<Check> all() {
        return ALL;
    }
}
