package dev.marshall.api;

/** Test programmes a host might be handed: tiny, and hostile on purpose. */
final class Hostile {
    private Hostile() {}

    static String header(int horizon) {
        return """
                programme "Test" {
                  country = "Nowhere"; start = 2027-01; horizon = %d months; currency = EUR
                  budget = 10_000_000 EUR; focus = growth; goal = "test"
                }
                use std.unido
                """.formatted(horizon);
    }

    /** A programme whose months are each a lot of work: {@code replicas} replicas, each calling an fn tree of 2^levels calls. */
    static String busy(int horizon, int replicas, int levels) {
        StringBuilder fns = new StringBuilder();
        for (int i = 0; i < levels; i++) fns.append("fn g").append(i).append("(x) = g").append(i + 1).append("(x) + g").append(i + 1).append("(x)\n");
        fns.append("fn g").append(levels).append("(x) = x * 0.5\n");
        return header(horizon) + fns + """
                cluster c { firms = 10; replicas = %d; state x = 0 in 0..1000000000 }
                intervention spin : skills { start = month 1; duration = %d months; cost = 0 EUR
                  each month { x += g0(0.000001) } }
                """.formatted(replicas, horizon);
    }

    /** A small, well-behaved programme. */
    static String small(int horizon) {
        return header(horizon) + """
                param uptake = uniform(0.1, 0.3)
                cluster c { firms = 10; state x = 0 in 0..100 }
                intervention grow : skills { start = month 1; duration = %d months; cost = 1000 EUR
                  each month { x += uptake * 10 } }
                """.formatted(horizon);
    }
}
