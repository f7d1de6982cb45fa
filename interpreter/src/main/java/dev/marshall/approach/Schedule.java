package dev.marshall.approach;

import dev.marshall.model.Dependency;
import dev.marshall.model.Intervention;
import dev.marshall.model.Programme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The planned schedule of a programme as a designer reads it before any
 * simulation: an intervention with {@code start = month N} starts in month N;
 * one that waits ({@code after}) starts the month after the last thing it
 * waits for — an intervention's planned end, or a milestone's due month. The
 * simulation gives the real spread; the approach checks need only the plan.
 */
final class Schedule {
    private final Programme programme;
    private final Map<String, OptionalInt> starts = new HashMap<>();

    Schedule(Programme programme) {
        this.programme = programme;
    }

    /** The planned first month of an intervention; empty when it cannot be told (no start, a cycle, unknown names). */
    OptionalInt plannedStart(Intervention intervention) {
        return plannedStart(intervention, new HashSet<>());
    }

    private OptionalInt plannedStart(Intervention intervention, Set<String> visiting) {
        OptionalInt known = starts.get(intervention.name());
        if (known != null) return known;
        if (!visiting.add(intervention.name())) return OptionalInt.empty(); // a cycle: reported by the language checks
        OptionalInt result = compute(intervention, visiting);
        visiting.remove(intervention.name());
        starts.put(intervention.name(), result);
        return result;
    }

    private OptionalInt compute(Intervention intervention, Set<String> visiting) {
        if (intervention.start() != null) return OptionalInt.of(intervention.start());
        if (intervention.after().isEmpty()) return OptionalInt.empty();
        int latest = 1;
        for (Dependency d : intervention.after()) {
            OptionalInt ready = readyAfter(d, visiting);
            if (ready.isEmpty()) return OptionalInt.empty();
            latest = Math.max(latest, ready.getAsInt());
        }
        return OptionalInt.of(latest);
    }

    /** The month after a dependency is planned to be done: an intervention's end, a milestone's due month. */
    private OptionalInt readyAfter(Dependency d, Set<String> visiting) {
        switch (d.kind()) {
            case INTERVENTION -> {
                var waited = programme.intervention(d.name());
                if (waited.isEmpty()) return OptionalInt.empty();
                OptionalInt start = plannedStart(waited.get(), visiting);
                if (start.isEmpty()) return OptionalInt.empty();
                return OptionalInt.of(start.getAsInt() + Math.max(1, waited.get().duration()));
            }
            case MILESTONE -> {
                var waited = programme.milestone(d.name());
                return waited.isEmpty() ? OptionalInt.empty() : OptionalInt.of(waited.get().due() + 1);
            }
            default -> throw new IllegalStateException("unknown dependency kind " + d.kind());
        }
    }

    /**
     * Whether an intervention waits, directly or through what it waits for,
     * for a milestone or for trust building — the signal that trust has grown
     * before higher-risk work begins (§4).
     */
    boolean waitsForTrust(Intervention intervention) {
        return waitsForTrust(intervention, new HashSet<>());
    }

    private boolean waitsForTrust(Intervention intervention, Set<String> seen) {
        if (!seen.add(intervention.name())) return false;
        for (Dependency d : intervention.after()) {
            switch (d.kind()) {
                case MILESTONE -> {
                    if (programme.milestone(d.name()).isPresent()) return true;
                }
                case INTERVENTION -> {
                    var waited = programme.intervention(d.name());
                    if (waited.isPresent() && (Kinds.isTrustBuilding(waited.get()) || waitsForTrust(waited.get(), seen))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
