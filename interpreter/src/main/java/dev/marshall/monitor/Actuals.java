package dev.marshall.monitor;

import dev.marshall.source.SourceFile;
import java.util.List;

/**
 * Monitoring data, validated against a programme: what happened up to and
 * including programme month {@code asOf}. The file says which kinds of events
 * it tracks: when it has any {@code reached} row, a milestone without one has
 * not been reached by {@code asOf}; likewise for {@code started} and
 * {@code finished} rows of interventions (docs/formats.md, "Actuals").
 */
public record Actuals(SourceFile source, int asOf, List<Observation> observations) {

    public Actuals {
        observations = List.copyOf(observations);
    }

    /** Whether any row reports this kind (then its absence for a declaration is information too). */
    public boolean tracks(Observation.Kind kind) {
        for (Observation o : observations) if (o.kind() == kind) return true;
        return false;
    }
}
