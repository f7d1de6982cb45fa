package dev.marshall;

import dev.marshall.approach.ApproachRules;
import dev.marshall.check.Check;
import dev.marshall.check.LanguageChecks;
import java.util.ArrayList;
import java.util.List;

/** Where every check is registered: the language's own, then the approach checks of std.unido. */
public final class Checks {
    private Checks() {}

    /** The static checks of the language (errors, and the warning W073); they run on every programme. */
    public static List<Check> language() {
        return LanguageChecks.all();
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
}
