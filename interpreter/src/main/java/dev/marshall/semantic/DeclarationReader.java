package dev.marshall.semantic;

import dev.marshall.model.Limits;
import dev.marshall.check.Counts;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Allow;
import dev.marshall.model.Constants;
import dev.marshall.model.Expr;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.model.Type;
import dev.marshall.model.Vocabulary;
import dev.marshall.source.Span;
import dev.marshall.syntax.Parsing;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * What every reader of a declaration shares: the file it reads, the names of
 * the whole programme, the parts gathered so far, and the ways of reading a
 * property's value (a constant of a unit, money in the programme's currency,
 * an actor, a word of a vocabulary, a cluster, a month). Each kind of
 * declaration has its reader ({@link InterventionReader}, …); which
 * properties each may have is said once, in {@link Schema}.
 */
abstract class DeclarationReader {
    final Parsing.Parsed file;
    final ProgrammeParts parts;
    final SymbolTable symbols;
    final DiagnosticSink sink;
    final ExpressionBuilder x;

    DeclarationReader(FileReading reading) {
        this.file = reading.file();
        this.parts = reading.parts();
        this.symbols = reading.symbols();
        this.sink = reading.sink();
        this.x = reading.expressions();
    }

    /** The doc comment (///) written right before a declaration or member. */
    String doc(ParserRuleContext ctx) {
        return file.docBefore(ctx);
    }

    /** The members of a declaration's block, sorted, with unknown and duplicate properties reported. */
    DeclarationBlock block(MarshallParser.BlockContext ctx, DeclarationSchema schema) {
        return block(ctx, schema, schema.owner());
    }

    DeclarationBlock block(MarshallParser.BlockContext ctx, DeclarationSchema schema, String owner) {
        return new DeclarationBlock(ctx, schema, owner, this);
    }

    /** E014 for each property the schema requires that is not written, in the schema's order. */
    void requireAll(DeclarationSchema schema, Properties props, Span at, String keyword, String name) {
        for (PropertySchema p : schema.requiredProperties()) require(schema, props, p.name(), at, keyword, name);
    }

    /**
     * E014 when this property is required and not written. Readers say it at the point they would
     * have read the value: diagnostics are capped and cascades collapsed in the order they are reported.
     */
    void require(DeclarationSchema schema, Properties props, String property, Span at, String keyword, String name) {
        PropertySchema p = schema.property(property).orElseThrow();
        if (p.required() && !props.has(property)) sink.report("E014", at, keyword, name, p.missing());
    }

    void allow(MarshallParser.AllowDeclContext a, Span scope) {
        if (a.code == null) return;
        String reason = a.reason == null ? "" : x.string(a.reason);
        parts.allows.add(new Allow(a.code.getText(), reason, x.span(a), scope));
    }


    /** The index pass 1 gave this declaration, or -1 when pass 1 rejected it as a duplicate. */
    final int indexOf(String kind, MarshallParser.IdentContext name) {
        SymbolTable.Entry e = symbols.lookup(name.getText());
        return e != null && e.kind().equals(kind) && e.nameSpan().equals(x.span(name)) ? e.index() : -1;
    }

    /** Duplicates were reported in pass 1; only the declaration pass 1 kept is built. */
    final boolean isOwnDeclaration(String kind, MarshallParser.IdentContext name, int index) {
        SymbolTable.Entry e = symbols.lookup(name.getText());
        return e != null && e.kind().equals(kind) && e.nameSpan().equals(x.span(name));
    }

    final int clusterOf(Properties props) {
        if (props.get("in").isPresent()) {
            Property p = props.get("in").get();
            String w = word(p.value());
            SymbolTable.ClusterShape c = w == null ? null : symbols.cluster(w);
            if (c != null) return c.index;
            SymbolTable.Entry e = w == null ? null : symbols.lookup(w);
            if (e != null) sink.report("E012", p.value().span(), w, ExpressionBuilder.article(e.kind()), "in", "a cluster").related(e.nameSpan(), "declared here");
            else sink.report("E010", p.value().span(), String.valueOf(w)).hint(Suggestions.didYouMean(String.valueOf(w), symbols.clusters.stream().map(s -> s.name).toList()));
            return -1;
        }
        return symbols.clusters.size() == 1 ? 0 : symbols.defaultCluster;
    }

    final String actor(Properties props, String property) {
        return props.get(property).map(p -> actorName(p.value())).orElse(null);
    }

    final List<String> actors(Properties props, String property) {
        List<String> out = new ArrayList<>();
        props.get(property).ifPresent(p -> {
            for (Expr item : items(p.value())) {
                String a = actorName(item);
                if (a != null) out.add(a);
            }
        });
        return out;
    }

    final String actorName(Expr e) {
        String w = word(e);
        if (w == null) {
            if (!e.type().isUnknown()) sink.report("E020", e.span(), "the name of an actor", e.type().describe());
            return null;
        }
        SymbolTable.Entry entry = symbols.lookup(w);
        if (entry == null) {
            List<String> actors = symbols.declarations.values().stream().filter(s -> s.kind().equals("actor")).map(SymbolTable.Entry::name).toList();
            sink.report("E010", e.span(), w).hint(Suggestions.didYouMean(w, actors));
            return null;
        }
        if (!entry.kind().equals("actor")) {
            sink.report("E012", e.span(), w, ExpressionBuilder.article(entry.kind()), "this", "an actor").related(entry.nameSpan(), "declared here");
            return null;
        }
        return w;
    }

    /** A word of a std.unido vocabulary, or null (reported) when it is not one. */
    final Vocabulary.Word vocabularyWord(String vocabularyName, String what, String word, Span span) {
        Vocabulary v = symbols.vocabularies.get(vocabularyName);
        if (v == null) {
            sink.report("E017", span, word, what).hint("the words for " + what.replaceFirst("^an? ", "") + "s come from the standard library: add `use std.unido`");
            return null;
        }
        return v.word(word).orElseGet(() -> {
            sink.report("E017", span, word, what).hint(Suggestions.vocabularyHint(word, v.words().stream().map(Vocabulary.Word::name).toList()));
            return null;
        });
    }

    /**
     * A calendar month ({@code 2028-06}) as a programme month: the programme's
     * start month is month 1, so with {@code start = 2027-01}, {@code 2028-06}
     * is month 18. A month before the start or past the horizon gets the usual
     * located range errors where it is used.
     */
    private Integer calendarMonth(Expr.Date date) {
        long month = (date.year() - parts.start.getYear()) * 12L + (date.month() - parts.start.getMonthValue()) + 1;
        if (month < 1) {
            sink.report("E041", date.span(), "the calendar month " + date.span().text(), month, parts.horizon)
                    .hint("it is before the programme's start, " + parts.start + ", which is month 1");
            return null;
        }
        return Counts.whole(month, 1, Limits.MAX_MONTHS, "the month " + date.span().text() + " (month " + month + " of a programme starting " + parts.start + ")", "", date.span(), sink)
                .stream().boxed().findFirst().orElse(null);
    }

    /** A constant point in time ({@code month 6}, {@code month 6 + 3 months}) as a month number; null (reported) otherwise. */
    final Integer monthPoint(Expr e) {
        if (e.type().isUnknown()) return null;
        if (e instanceof Expr.Date date && parts.start != null) return calendarMonth(date);
        if (e.type().kind() != Type.Kind.MONTH_POINT) {
            var report = sink.report("E020", e.span(), Type.MONTH_POINT.describe(), e.type().describe());
            Constants.number(e).filter(v -> e.type().kind() == Type.Kind.NUMBER)
                    .ifPresent(v -> report.hint("a point in time is a programme month: write month " + format(v)
                            + (parts.start != null && v >= 1 && v == Math.rint(v) && v <= Limits.MAX_MONTHS ? " (or the calendar month " + parts.start.plusMonths(v.longValue() - 1) + ")" : "")));
            return null;
        }
        Double v = Constants.number(e).orElse(null);
        if (v == null) {
            sink.report("E024", e.span(), "a month");
            return null;
        }
        return Counts.whole(v, 1, Limits.MAX_MONTHS, "the month", "", e.span(), sink).stream().boxed().findFirst().orElse(null);
    }

    final double constant(Property p, Type expected, String what, boolean required) {
        return constant(p.value(), expected, what, required);
    }

    final double constant(Expr e, Type expected, String what, boolean required) {
        if (e.type().isUnknown()) return Double.NaN;
        if (!e.type().fits(expected)) {
            var report = sink.report("E020", e.span(), expected.describe(), e.type().describe());
            if (expected.kind() == Type.Kind.DURATION && e.type().kind() == Type.Kind.NUMBER) {
                Constants.number(e).ifPresent(v -> report.hint("a duration is a number of months: write " + format(v) + (v == 1 ? " month" : " months")));
            }
            return Double.NaN;
        }
        return Constants.number(e).orElseGet(() -> {
            if (required) sink.report("E024", e.span(), what);
            return Double.NaN;
        });
    }

    /** A constant amount of money in the programme's currency (E022 otherwise). */
    final double money(Property p, String what) {
        Expr e = p.value();
        if (e.type().isUnknown()) return 0;
        if (e.type().kind() != Type.Kind.MONEY) {
            sink.report("E020", e.span(), "money (e.g. 40_000 " + parts.currencyOrDefault() + ")", e.type().describe());
            return 0;
        }
        if (parts.currency != null && !e.type().currency().equals(parts.currency)) {
            sink.report("E022", e.span(), what, parts.currency, e.type().currency());
        }
        double v = Constants.number(e).orElseGet(() -> {
            sink.report("E024", e.span(), what);
            return 0.0;
        });
        if (v < 0) sink.report("E031", e.span(), what, format(v));
        return v;
    }

    final String text(Properties props, String property) {
        if (props.get(property).isEmpty()) return "";
        Expr v = props.get(property).get().value();
        if (v instanceof Expr.Text t) return t.value();
        if (!v.type().isUnknown()) sink.report("E020", v.span(), "text in quotes", v.type().describe());
        return "";
    }


    /** A word written as a value: a bare name ({@code cda}), or the keyword {@code month} ({@code every = month}). */
    static String word(Expr e) {
        if (e instanceof Expr.Word w) return w.name();
        if (e instanceof Expr.CurrentMonth) return "month";
        return null;
    }

    static List<Expr> items(Expr e) {
        return e instanceof Expr.ListOf l ? l.items() : List.of(e);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
