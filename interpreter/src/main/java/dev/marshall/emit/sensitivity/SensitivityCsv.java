package dev.marshall.emit.sensitivity;

import dev.marshall.emit.text.Csv;
import dev.marshall.emit.text.Quantities;
import dev.marshall.sensitivity.SensitivityResult;
import dev.marshall.sensitivity.SensitivityResult.Effect;
import dev.marshall.sensitivity.SensitivityResult.Outcome;
import dev.marshall.sensitivity.SensitivityResult.ParamRange;
import java.util.Locale;

/**
 * {@code sensitivity --format csv}: one row per outcome and param —
 * {@code kind,outcome,plan_p,param,low,high,p_at_low,p_at_high,swing,first_order}
 * (probabilities as shares; first_order empty when not computed).
 */
public final class SensitivityCsv {
    private SensitivityCsv() {}

    public static String render(SensitivityResult r) {
        Csv csv = new Csv().row("kind", "outcome", "plan_p", "param", "low", "high", "p_at_low", "p_at_high", "swing", "first_order");
        for (Outcome o : r.outcomes()) {
            for (Effect e : o.effects()) {
                ParamRange p = r.params().stream().filter(x -> x.name().equals(e.param())).findFirst().orElseThrow();
                csv.row(o.kind().name().toLowerCase(Locale.ROOT), o.name(), Quantities.plain(o.plan()), e.param(),
                        Quantities.plain(p.low()), Quantities.plain(p.high()), Quantities.plain(e.atLow()), Quantities.plain(e.atHigh()),
                        Quantities.plain(e.swing()), Quantities.plain(e.firstOrder()));
            }
        }
        return csv.toString();
    }
}
