package dev.marshall.emit.sensitivity;

import dev.marshall.emit.text.Quantities;
import dev.marshall.emit.text.TextTable;
import dev.marshall.model.Programme;
import dev.marshall.sensitivity.SensitivityResult;
import dev.marshall.sensitivity.SensitivityResult.Effect;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import dev.marshall.sensitivity.SensitivityResult.ParamRange;
import java.util.Locale;

/**
 * {@code sensitivity}'s default output: the params and the values they were
 * fixed at, then per milestone and indicator the params by the size of their
 * effect (a tornado as a table): the probability at the param's low and high
 * value, the swing in percentage points, and the first-order index.
 */
public final class SensitivityText {
    private SensitivityText() {}

    public static String render(SensitivityResult r, Programme programme) {
        StringBuilder out = new StringBuilder(2048);
        out.append(programme.title()).append(": sensitivity\n");
        out.append(r.runs()).append(" runs per simulation, seed ").append(r.seed()).append(", ")
                .append(r.params().size() * 2 + 1).append(" simulations (common random numbers)")
                .append(r.firstOrderComputed() ? "" : "; first-order indices need at least 200 runs").append("\n\n");
        if (r.params().isEmpty()) {
            out.append("The programme has no param to vary.\n");
            return out.toString();
        }
        TextTable params = new TextTable("Param", "low", "high", "from");
        for (ParamRange p : r.params()) {
            params.row(p.name(), Quantities.approx(p.low()), Quantities.approx(p.high()), p.constant() ? "constant -10%/+10%" : "p10/p90 of its draws");
        }
        params.render(out, 1);
        for (Outcome o : r.outcomes()) {
            out.append('\n').append(o.kind() == SensitivityResult.Kind.MILESTONE ? "Milestone " : "Indicator ").append(o.name())
                    .append(o.kind() == SensitivityResult.Kind.MILESTONE ? ": P(on time) " : ": P(target met) ")
                    .append(Quantities.percent(o.plan())).append(" in the plan\n");
            TextTable t = new TextTable("  param", "at low", "at high", "swing", "first-order");
            for (Effect e : o.effects()) {
                t.row("  " + e.param(), Quantities.percent(e.atLow()), Quantities.percent(e.atHigh()), points(e.swing()), index(e.firstOrder()));
            }
            t.render(out, 1);
        }
        return out.toString();
    }

    /** A difference of probabilities in percentage points, signed: {@code +12 pt}. */
    static String points(double swing) {
        long p = Math.round(swing * 100);
        return (p > 0 ? "+" : p < 0 ? "-" : "") + Math.abs(p) + " pt";
    }

    static String index(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
