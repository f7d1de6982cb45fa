package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Intervention;
import dev.marshall.model.Network;
import dev.marshall.model.NetworkWork;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A25: networks and linkages are "the building blocks of collective
 * efficiency" and the agent's core task is "the promotion and coaching of
 * business networks" (§3, §3.2(a)). A network declared but worked with by no
 * intervention is a wish, not part of the plan. An intervention works with a
 * network when one of the network's actors (a horizontal network's members, a
 * vertical one's ends) leads it, is a partner or is targeted, or when it
 * forms or strengthens the network ({@code forms}, {@code strengthens}).
 */
final class UsedNetworkRule implements Check {
    static final String CODE = "A25";

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        Set<String> involved = new HashSet<>();
        Set<String> worked = new HashSet<>();
        for (Intervention intervention : programme.interventions()) {
            involved.addAll(Kinds.involved(intervention));
            worked.addAll(NetworkWork.named(intervention, "forms"));
            worked.addAll(NetworkWork.named(intervention, "strengthens"));
        }
        for (Network network : programme.networks()) {
            if (worked.contains(network.name())) continue;
            List<String> actors = actorsOf(network);
            if (actors.stream().noneMatch(involved::contains)) {
                sink.report(CODE, network.nameSpan(), network.name(), Where.quotedList(actors));
            }
        }
    }

    private static List<String> actorsOf(Network network) {
        List<String> actors = new ArrayList<>(network.members());
        if (network.from() != null) actors.add(network.from());
        if (network.to() != null) actors.add(network.to());
        return actors;
    }
}
