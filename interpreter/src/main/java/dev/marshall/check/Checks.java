package dev.marshall.check;

import dev.marshall.approach.ApproachRules;
import java.util.ArrayList;
import java.util.List;

/** Where every check is registered: the language's own, then the approach checks of std.unido. */
public final class Checks {
    private Checks() {}

    /** The static checks of the language (errors, and the warning W073); they run on every programme. */
    public static List<Check> language() {
        return List.of(new ScheduleCheck(), new BudgetCheck(), new RecursionCheck(), new CallDepthCheck(), new StateRangeCheck(), new TargetTimingCheck());
    }

    /** The approach checks (warnings); they run when the programme says {@code use std.unido}. */
    public static List<Check> approach() {
        return ApproachRules.all();
    }

    public static List<Check> all() {
        List<Check> all = new ArrayList<>(language());
        all.addAll(approach());
        return all;
    }

    /** Every code an {@code allow} may name. */
    public static List<String> approachCodes() {
        List<String> codes = new ArrayList<>();
        for (Check c : approach()) codes.addAll(c.codes());
        codes.sort(null);
        return codes;
    }
}
