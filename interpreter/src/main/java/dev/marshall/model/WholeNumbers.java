package dev.marshall.model;

import java.util.Locale;
import java.util.Set;

/**
 * Whole numbers: the rounding rule of the {@code round} built-in and the
 * indicator units that count things. A unit that counts ({@code firms},
 * {@code people}, {@code loans}) is reported as a whole number: nobody
 * supports 238.065 firms. The simulation keeps its fractions (a mean over
 * replicas is fractional); only what documents show is rounded.
 */
public final class WholeNumbers {
    private WholeNumbers() {}

    /**
     * The plural nouns of countable things an indicator is likely to report
     * in. Measures ({@code km}, {@code days}, {@code hours}, {@code tonnes}),
     * scores ({@code index}, {@code score}) and plain {@code number} are not
     * here: their values may be fractional. Kept in docs/language.md §4.7.
     */
    public static final Set<String> COUNT_UNITS = Set.of(
            "firms", "enterprises", "businesses", "companies", "smes", "suppliers", "buyers", "exporters",
            "people", "persons", "women", "men", "youth", "workers", "employees", "jobs", "farmers",
            "producers", "gatherers", "artisans", "households", "members", "participants", "trainees",
            "graduates", "beneficiaries", "visitors", "students", "loans", "grants", "contracts",
            "orders", "agreements", "partnerships", "linkages", "networks", "clusters", "associations",
            "cooperatives", "groups", "institutions", "schools", "departments", "workshops", "trainings",
            "events", "meetings", "visits", "modules", "courses", "prototypes", "products", "plans",
            "policies", "studies", "certificates", "certifications", "plants", "machines", "units");

    /** Whether values in {@code unit} count things and are shown as whole numbers. */
    public static boolean counts(String unit) {
        return unit != null && COUNT_UNITS.contains(unit.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code round(x)}: the nearest whole number, halves away from zero
     * ({@code round(2.5) = 3}, {@code round(-2.5) = -3}), as a designer
     * rounding by hand expects. Computed without adding 0.5, which is wrong
     * for the double just below one half.
     */
    public static double round(double x) {
        if (!Double.isFinite(x)) return x;
        double magnitude = Math.abs(x);
        double whole = Math.floor(magnitude);
        double rounded = magnitude - whole >= 0.5 ? whole + 1 : whole;
        return Math.copySign(rounded, x);
    }
}
