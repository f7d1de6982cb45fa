package dev.marshall.emit.markdown;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Markdown;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lines that open every markdown document: where, when, how much, and whether the figures are simulated. */
final class Summary {
    private Summary() {}

    static String line(Logframe lf) {
        Logframe.Overview o = lf.overview();
        List<String> parts = new ArrayList<>();
        if (!o.country().isEmpty()) parts.add(Markdown.text(o.country()));
        parts.add(Dates.month(o.start()) + " – " + Dates.month(o.end()) + " (" + o.horizon() + " months)");
        parts.add("budget " + Quantities.money(o.budget(), o.currency()));
        if (!o.focus().isEmpty()) parts.add("focus: " + Markdown.text(o.focus().toLowerCase(java.util.Locale.ROOT)));
        return "**" + String.join("** · **", parts) + "**";
    }

    static String simulationNote(Logframe lf) {
        if (lf.simulation().isEmpty()) {
            return "_Figures are as planned; the programme was not simulated._";
        }
        Logframe.SimulationInfo s = lf.simulation().get();
        StringBuilder out = new StringBuilder("_Simulated figures: ").append(Quantities.number(s.runs()))
                .append(" Monte Carlo runs, seed ").append(s.seed());
        if (!s.overrides().isEmpty()) {
            List<String> set = new ArrayList<>();
            for (Map.Entry<String, Double> e : new TreeMap<>(s.overrides()).entrySet()) {
                set.add(Markdown.text(e.getKey()) + " = " + Quantities.number(e.getValue()));
            }
            out.append(", with ").append(String.join(", ", set));
        }
        return out.append("; p10 – p90 is the range 8 runs in 10 fall in._").toString();
    }
}
