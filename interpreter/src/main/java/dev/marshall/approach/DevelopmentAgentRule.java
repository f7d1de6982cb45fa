package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Actor;
import dev.marshall.model.Programme;
import java.util.List;

/** A01: a cluster programme needs a development agent to broker among the actors (§3). */
final class DevelopmentAgentRule implements Check {
    static final String CODE = "A01";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        for (Actor actor : programme.actors()) {
            if (Kinds.DEVELOPMENT_AGENT.equals(actor.actorKind())) return;
        }
        sink.report(CODE, Where.programme(programme));
    }
}
