package dev.marshall.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who pays an intervention or a programme-level cost line. A funder is an actor (a donor, the government, a bank,
 * another partner) that says which interventions and cost lines it {@code funds} and its {@code share} of each (100%
 * when not written) of the part of their cost the beneficiaries do not pay (an intervention's
 * {@code cost × (1 − cost_share)}, month by month when the share rises; the whole of a cost line); its declared
 * total is {@code pays}. The beneficiaries' part stays {@code cost_share}. The checker refuses an intervention or
 * cost line whose funders' shares do not sum to 100% (E126, E177), a name in {@code funds} that is neither
 * (E010, E012), and a funder whose declared total differs from what its shares come to (E125).
 */
public record Funding(String funder, double share) {

    /** The funders of an intervention with their shares, in the order the actors are declared; empty when none. */
    public static List<Funding> of(Programme programme, Intervention intervention) {
        List<Funding> out = new ArrayList<>();
        for (Actor a : programme.actors()) {
            if (funds(a).contains(intervention.name())) out.add(new Funding(a.name(), shareOf(a)));
        }
        return out;
    }

    /** The funders of a cost line with their shares, in the order the actors are declared; empty when none. */
    public static List<Funding> of(Programme programme, CostLine line) {
        List<Funding> out = new ArrayList<>();
        for (Actor a : programme.actors()) {
            if (funds(a).contains(line.name())) out.add(new Funding(a.name(), shareOf(a)));
        }
        return out;
    }

    /** The interventions and cost lines an actor funds, as written ({@code funds = [a, b]}; one may be written without brackets). */
    public static List<String> funds(Actor actor) {
        List<String> out = new ArrayList<>();
        actor.properties().get("funds").ifPresent(p -> {
            List<Expr> items = p.value() instanceof Expr.ListOf l ? l.items() : List.of(p.value());
            for (Expr e : items) if (e instanceof Expr.Word w) out.add(w.name());
        });
        return out;
    }

    /** An actor's {@code share} of what it funds (1 when not written). */
    public static double shareOf(Actor actor) {
        return actor.properties().get("share").map(Property::value).flatMap(Constants::number).orElse(1.0);
    }

    /** The part of an intervention's cost its funders pay: what the beneficiaries do not (where a rising share starts). */
    public static double fundedPart(Intervention intervention) {
        return intervention.costShare() == null ? 1.0 : 1.0 - intervention.costShare();
    }

    /** Whether the programme declares any funder: it then publishes a budget by year. */
    public static boolean declared(Programme programme) {
        return programme.actors().stream().anyMatch(a -> a.properties().has("funds"));
    }
}
