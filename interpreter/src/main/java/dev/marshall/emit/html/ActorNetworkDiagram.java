package dev.marshall.emit.html;

import static dev.marshall.emit.html.Svg.n;

import dev.marshall.emit.logframe.Logframe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors on an ellipse (the development agent, the broker, at the top),
 * coloured by family; horizontal networks as thick bands between their
 * members, vertical linkages as arrows along the value chain, and the
 * working ties of the programme (an intervention's lead with its partners)
 * as dotted lines.
 */
final class ActorNetworkDiagram {
    private static final double WIDTH = 1060;
    private static final double CX = 530;
    private static final double RX = 390;
    private static final double R = 22;

    private ActorNetworkDiagram() {}

    static Html.Node of(Logframe lf) {
        List<Logframe.ActorEntry> actors = new ArrayList<>(lf.actors());
        // The broker first: it is placed at the top, where the eye starts.
        actors.sort((a, b) -> Boolean.compare(!a.kind().equals("development_agent"), !b.kind().equals("development_agent")));
        Map<String, double[]> at = new HashMap<>();
        int count = actors.size();
        // A few actors need a flatter ellipse; a dozen need room for their labels.
        double ry = count <= 4 ? 90 : count <= 12 ? 158 : 210;
        double cy = ry + 56;
        double height = 2 * ry + 112;
        for (int k = 0; k < count; k++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * k / Math.max(1, count);
            at.put(actors.get(k).name(), new double[] {CX + RX * Math.cos(angle), cy + ry * Math.sin(angle)});
        }
        Html.Node svg = Svg.svg(WIDTH, height, "Actor network");
        svg.add(Html.el("defs").add(Html.el("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse")
                .add(Html.el("path", "d", "M0 0L10 5L0 10Z", "class", "arrow-head"))));

        Html.Node ties = Html.el("g", "class", "ties");
        Set<String> drawn = new LinkedHashSet<>();
        for (Logframe.Work out : lf.work()) {
            Logframe.Activity a = out.activity();
            if (a.lead() == null) continue;
            for (Logframe.ActorRef p : a.partners()) {
                String key = a.lead().name().compareTo(p.name()) < 0 ? a.lead().name() + "|" + p.name() : p.name() + "|" + a.lead().name();
                double[] from = at.get(a.lead().name());
                double[] to = at.get(p.name());
                if (from == null || to == null || !drawn.add(key)) continue;
                ties.add(Svg.line(from[0], from[1], to[0], to[1], "tie")
                        .add(Svg.tooltip(a.lead().title() + " and " + p.title() + " work together in " + lf.nameOf(out.intervention()))));
            }
        }
        svg.add(ties);

        Html.Node networks = Html.el("g", "class", "networks");
        for (Logframe.NetworkEntry net : lf.networks()) {
            if (net.horizontal()) {
                List<double[]> members = new ArrayList<>();
                for (String m : net.members()) if (at.containsKey(m)) members.add(at.get(m));
                String label = net.title() + (net.firms() == null ? "" : " · " + net.firms() + " firms");
                for (int a = 0; a < members.size(); a++) {
                    for (int b = a + 1; b < members.size(); b++) {
                        networks.add(Svg.line(members.get(a)[0], members.get(a)[1], members.get(b)[0], members.get(b)[1], "horizontal")
                                .add(Svg.tooltip("Horizontal network " + label)));
                    }
                }
                if (!members.isEmpty()) {
                    double x = 0;
                    double y = 0;
                    for (double[] m : members) {
                        x += m[0];
                        y += m[1];
                    }
                    networks.add(Svg.text(x / members.size(), y / members.size() - 8, label, "class", "middle"));
                }
            } else {
                double[] from = at.get(net.from());
                double[] to = at.get(net.to());
                if (from == null || to == null) continue;
                double dx = to[0] - from[0];
                double dy = to[1] - from[1];
                double length = Math.max(1, Math.hypot(dx, dy));
                double ux = dx / length;
                double uy = dy / length;
                networks.add(Html.el("line", "x1", n(from[0] + ux * (R + 3)), "y1", n(from[1] + uy * (R + 3)),
                        "x2", n(to[0] - ux * (R + 5)), "y2", n(to[1] - uy * (R + 5)), "class", "vertical", "marker-end", "url(#arrow)")
                        .add(Svg.tooltip("Vertical linkage " + net.title() + ": " + lf.actorTitle(net.from()) + " → " + lf.actorTitle(net.to())
                                + (net.linkage().isEmpty() ? "" : " (" + net.linkage().toLowerCase(java.util.Locale.ROOT) + ")"))));
                networks.add(Svg.text((from[0] + to[0]) / 2, (from[1] + to[1]) / 2 - 6,
                        net.title() + (net.linkage().isEmpty() ? "" : " · " + net.linkage().toLowerCase(java.util.Locale.ROOT)), "class", "middle"));
            }
        }
        svg.add(networks);

        Html.Node nodes = Html.el("g", "class", "actors");
        for (Logframe.ActorEntry a : actors) {
            double[] p = at.get(a.name());
            double radius = R + Math.min(8, 2 * a.leads().size());
            Html.Node g = Html.el("g", "class", "actor");
            g.add(Svg.tooltip(a.title() + " — " + a.kindLabel() + roles(lf, a)));
            g.add(Html.el("circle", "cx", n(p[0]), "cy", n(p[1]), "r", n(radius), "class", "node " + Palette.actorFamily(a.kind())));
            g.add(Svg.text(p[0], p[1] + 4, initials(a.name()), "class", "middle on-dark"));
            boolean below = p[1] >= cy - 1;
            double ly = below ? p[1] + radius + 15 : p[1] - radius - 20;
            g.add(Svg.text(p[0], ly, a.title(), "class", "title middle"));
            g.add(Svg.text(p[0], ly + 13, a.kindLabel(), "class", "muted middle"));
            nodes.add(g);
        }
        svg.add(nodes);
        return svg;
    }

    private static String roles(Logframe lf, Logframe.ActorEntry a) {
        List<String> roles = new ArrayList<>();
        if (!a.leads().isEmpty()) roles.add("leads " + lf.namesOf(a.leads()));
        if (!a.partnerIn().isEmpty()) roles.add("partner in " + lf.namesOf(a.partnerIn()));
        if (!a.targetedBy().isEmpty()) roles.add("targeted by " + lf.namesOf(a.targetedBy()));
        return roles.isEmpty() ? "" : "; " + String.join("; ", roles);
    }

    private static String initials(String name) {
        String[] parts = name.split("_");
        if (parts.length > 1) {
            StringBuilder s = new StringBuilder();
            for (String p : parts) if (!p.isEmpty() && s.length() < 3) s.append(Character.toUpperCase(p.charAt(0)));
            return s.toString();
        }
        return name.length() <= 4 ? name.toUpperCase(java.util.Locale.ROOT) : name.substring(0, 3).toUpperCase(java.util.Locale.ROOT);
    }

    static Html.Node legend(Logframe lf) {
        Html.Node p = Html.el("p", "class", "legend");
        Set<String> families = new LinkedHashSet<>();
        for (Logframe.ActorEntry a : lf.actors()) families.add(Palette.actorFamily(a.kind()));
        for (String f : families) {
            p.add(Html.el("span", "class", "key").add(Html.el("span", "class", "swatch " + f)).text(Palette.familyLabel(f)));
        }
        p.add(Html.el("span", "class", "key").text("━ horizontal network (firms cooperating as peers)"));
        p.add(Html.el("span", "class", "key").text("→ vertical linkage along the value chain"));
        p.add(Html.el("span", "class", "key").text("┈ work together in an intervention (lead – partner)"));
        p.add(Html.el("span", "class", "key").text("larger circle: leads more interventions"));
        return p;
    }
}
