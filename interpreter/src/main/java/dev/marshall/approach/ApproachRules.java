package dev.marshall.approach;

import dev.marshall.check.Check;
import java.util.List;

/** The approach checks of std.unido, registered in one place. */
public final class ApproachRules {
    private ApproachRules() {}

    public static List<Check> all() {
        return List.of();
    }
}
