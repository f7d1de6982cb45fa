package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Actor;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A20: cluster development hinges on public goods, so public-sector
 * institutions must take part — for trust and governance, and to carry the
 * work on once the agency withdraws (§4, §3.1).
 */
final class PublicSectorRule implements Check {
    static final String CODE = "A20";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Actor actor : programme.actors()) {
            if (Kinds.isPublicSector(programme, actor.actorKind())) return;
        }
        sink.report(CODE, Where.programme(programme));
    }
}
