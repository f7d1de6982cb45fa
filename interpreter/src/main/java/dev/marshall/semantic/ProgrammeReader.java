package dev.marshall.semantic;

import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Expr;
import dev.marshall.model.Focus;
import dev.marshall.model.Properties;
import dev.marshall.model.Type;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.List;
import java.util.Locale;
import java.time.YearMonth;

/**
 * The programme header: read first, as currency and horizon are needed to
 * check costs and targets. A second header is E018.
 */
final class ProgrammeReader extends DeclarationReader {

    ProgrammeReader(FileReading reading) {
        super(reading);
    }

    void read(MarshallParser.DeclarationContext d, MarshallParser.ProgrammeDeclContext p) {
        Span span = x.span(p);
        if (parts.programmeSpan != null) {
            sink.report("E018", x.span(p.PROGRAMME().getSymbol()), "a programme has only one programme header")
                    .related(parts.programmeSpan, "the first one is here").hint("");
            return;
        }
        parts.programmeSpan = span;
        parts.title = x.string(p.title);
        parts.programmeDoc = doc(d);
        DeclarationBlock block = block(p.block(), Schema.PROGRAMME);
        parts.programmeProperties = block.properties(Scope.constant("the programme header"));
        Properties props = parts.programmeProperties;
        parts.country = text(props, "country");
        parts.goal = text(props, "goal");
        for (String t : List.of("identifier", "organisation", "organisation_ref", "description")) text(props, t);
        props.get("start").ifPresent(s -> {
            if (s.value() instanceof Expr.Date date) parts.start = YearMonth.of(date.year(), date.month());
            else if (!s.value().type().isUnknown()) sink.report("E020", s.value().span(), "a date (YYYY-MM)", s.value().type().describe());
        });
        props.get("horizon").ifPresent(h -> parts.horizon = Counts.whole(constant(h, Type.DURATION, "the horizon", true), 1, Limits.MAX_MONTHS, "the horizon", "months", h.value().span(), sink).orElse(0));
        props.get("currency").ifPresent(c -> {
            String code = word(c.value());
            if (code != null && ExpressionBuilder.isCurrency(code)) parts.currency = code;
            else sink.report("E017", c.value().span(), code == null ? c.value().span().text() : code, "an ISO 4217 currency code (e.g. EUR, USD)");
        });
        props.get("focus").ifPresent(f -> {
            String w = word(f.value());
            try {
                parts.focus = Focus.valueOf(w == null ? "" : w.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                sink.report("E017", f.value().span(), w == null ? f.value().span().text() : w, "a focus (pro_poor or growth)")
                        .hint(w == null ? "" : Suggestions.didYouMean(w, List.of("pro_poor", "growth")));
            }
        });
        parts.budgetProperty = props.get("budget").orElse(null);
        requireAll(Schema.PROGRAMME, props, x.span(p.PROGRAMME().getSymbol()), "programme", parts.title);
    }

    /** The budget, read once every file is (it must be in the programme's currency, E022). */
    double budget() {
        return parts.budgetProperty != null && parts.programmeSpan != null ? money(parts.budgetProperty, "the budget") : 0;
    }
}
