package dev.marshall.semantic;

import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.CostLine;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.source.Span;

/**
 * {@code cost_line name : category { monthly = 4_000 EUR; from = month 1; until = month 36 }}: its category is a
 * word of {@code cost_category} (E017); exactly one of {@code monthly} and {@code amount} (E171); {@code from} and
 * {@code until} months in the horizon (E041), in that order (E172). How cost lines fit the budget and the funders
 * is checked on the whole programme ({@code check.BudgetCheck}, {@code check.FundingCheck}).
 */
final class CostLineReader extends DeclarationReader {

    CostLineReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.CostLineDeclContext c) {
        if (c.name == null || !isOwnDeclaration("cost_line", c.name, -1)) return;
        String name = c.name.getText();
        String category = c.category == null ? "" : c.category.getText();
        if (c.category != null) vocabularyWord("cost_category", "a cost category", category, x.span(c.category));
        DeclarationBlock block = block(c.block(), Schema.COST_LINE);
        Properties props = block.properties(Scope.constant("a cost line's property"));
        Span at = x.span(c.name);
        text(props, "name");
        int horizon = parts.horizonOrDefault();
        int from = month(props, "from", name, 1);
        int until = month(props, "until", name, Math.max(1, horizon));
        if (from > until) {
            sink.report("E172", props.valueSpanOf("until", at), name, until, from)
                    .related(props.valueSpanOf("from", at), "it starts here");
        }
        int months = Math.max(1, until - from + 1);
        Property monthly = props.get("monthly").orElse(null);
        Property amount = props.get("amount").orElse(null);
        double perMonth = 0;
        if (monthly != null && amount != null) {
            sink.report("E171", amount.nameSpan(), name, "both monthly and amount").related(monthly.nameSpan(), "monthly is given here");
        } else if (monthly == null && amount == null) {
            sink.report("E171", at, name, "neither monthly nor amount");
        } else if (monthly != null) {
            perMonth = money(monthly, "what '" + name + "' costs each month");
        } else {
            perMonth = money(amount, "what '" + name + "' costs") / months;
        }
        if (from > until) return; // reported: a line that runs no month has no place in the budget
        parts.costLines.add(new CostLine(name, parts.costLines.size(), category, c.category == null ? x.span(c) : x.span(c.category),
                perMonth, from, until, props, x.span(c), at, doc(d)));
    }

    /** {@code from} or {@code until}: a month within the horizon, or the default. */
    private int month(Properties props, String property, String name, int otherwise) {
        Property p = props.get(property).orElse(null);
        if (p == null) return otherwise;
        Integer m = monthPoint(p.value());
        if (m == null) return otherwise;
        if (parts.horizon > 0 && m > parts.horizon) {
            sink.report("E041", p.value().span(), "the " + property + " of cost line '" + name + "'", m, parts.horizon);
            return otherwise;
        }
        return m;
    }
}
