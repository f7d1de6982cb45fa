package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A22: trust comes first, networks grow on it, and only then can the work
 * scale up; "a cluster initiative is not a swift process, it rather requires
 * long-term commitment" (§4). A programme shorter than two years has no room
 * for that sequence.
 */
final class LongTermCommitmentRule implements Check {
    static final String CODE = "A22";

    /** The shortest horizon that leaves room for trust, then networks, then scale-up. */
    static final int SHORTEST_HORIZON_MONTHS = 24;

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        int horizon = programme.horizon();
        if (horizon <= 0 || horizon >= SHORTEST_HORIZON_MONTHS) return; // 0: unreadable, an error of its own
        sink.report(CODE, Where.programmeProperty(programme, "horizon"), horizon);
    }
}
