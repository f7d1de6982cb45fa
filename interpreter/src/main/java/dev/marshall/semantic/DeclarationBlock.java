package dev.marshall.semantic;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.grammar.MarshallParser.ExprContext;
import dev.marshall.model.Allow;
import dev.marshall.model.Expr;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * The members of one declaration's block, sorted by what they are. Properties
 * the declaration's {@link DeclarationSchema} does not know are E013, a
 * property written twice is E011; how each value is read (an expression, a
 * word, a list of words, or later by the reader) is the schema's
 * {@link ValueKind.Form}.
 */
final class DeclarationBlock {
    final List<MarshallParser.PropertyContext> propertyContexts = new ArrayList<>();
    final List<MarshallParser.MemberContext> memberContexts = new ArrayList<>();
    final List<Allow> allows = new ArrayList<>();
    MarshallParser.EachMonthContext eachMonth;
    MarshallParser.EachMonthContext secondEachMonth;
    int eachMonthCount;
    /** The properties whose value the reader builds itself (an indicator's value, a milestone's condition). */
    final Map<String, MarshallParser.PropertyContext> later = new HashMap<>();
    private final DeclarationSchema schema;
    private final DeclarationReader reader;
    private final ExpressionBuilder x;
    private final DiagnosticSink sink;

    DeclarationBlock(MarshallParser.BlockContext ctx, DeclarationSchema schema, String owner, DeclarationReader reader) {
        this.schema = schema;
        this.reader = reader;
        this.x = reader.x;
        this.sink = reader.sink;
        if (ctx == null) return;
        Set<String> known = schema.accepted();
        Map<String, Span> seen = new HashMap<>();
        for (MarshallParser.MemberContext m : ctx.member()) {
            if (m.property() != null && m.property().name != null) {
                MarshallParser.PropertyContext p = m.property();
                String name = p.name.getText();
                if (known != null && !known.contains(name)) {
                    sink.report("E013", x.span(p.name), owner, name).hint(Suggestions.didYouMean(name, known));
                    continue;
                }
                String group = p.group == null ? null : p.group.getText();
                if (group != null && !(schema == Schema.INDICATOR && dev.marshall.model.Indicator.PER_GROUP.contains(name))) {
                    sink.report("E157", x.span(p.group), name, group)
                            .hint("only an indicator's target and baseline are written per group (target women = 60 by month 36); write " + name + " = …");
                    continue;
                }
                // An indicator may have several targets (one per year, one per group); IndicatorTargets checks them.
                boolean repeatable = schema == Schema.INDICATOR && name.equals("target");
                String key = group == null ? name : name + " " + group;
                if (seen.containsKey(key) && !repeatable) {
                    sink.report("E011", x.span(p.name), "property", key).related(seen.get(key), "first written here");
                    continue;
                }
                seen.putIfAbsent(key, x.span(p.name));
                if (schema.formOf(name) == ValueKind.Form.LATER) later.put(name, p);
                propertyContexts.add(p);
                memberContexts.add(m);
            } else if (m.eachMonth() != null) {
                eachMonthCount++;
                if (eachMonth == null) eachMonth = m.eachMonth();
                else if (secondEachMonth == null) secondEachMonth = m.eachMonth();
                if (!owner.equals("an intervention")) sink.report("E019", x.span(m.eachMonth()), "each month", owner);
            } else if (m.stateDecl() != null) {
                sink.report("E019", x.span(m.stateDecl()), "a state", owner).hint("states belong to clusters: cluster x { state s = 0 in 0..1 }");
            } else if (m.allowDecl() != null && m.allowDecl().code != null) {
                String reason = m.allowDecl().reason == null ? "" : x.string(m.allowDecl().reason);
                Allow a = new Allow(m.allowDecl().code.getText(), reason, x.span(m.allowDecl()), x.span(ctx.getParent() instanceof ParserRuleContext pr ? pr : ctx));
                allows.add(a);
            }
        }
    }

    /**
     * Builds the properties: words and lists of words as {@link Expr.Word}s, those built later as
     * placeholders, everything else as expressions in {@code scope} (null: a constant scope named
     * after the property). The block's allows join the programme's.
     */
    Properties properties(Scope scope) {
        reader.parts.allows.addAll(allows);
        List<Property> out = new ArrayList<>();
        for (int k = 0; k < propertyContexts.size(); k++) {
            MarshallParser.PropertyContext p = propertyContexts.get(k);
            String name = p.name.getText();
            ValueKind.Form form = schema.formOf(name);
            Expr value = schema == Schema.INDICATOR && dev.marshall.model.Indicator.PER_GROUP.contains(name) && isYesOrNo(p.value)
                    ? new Expr.Bool(p.value.getText().equals("yes"), x.span(p.value)) : switch (form) {
                case WORD, WORDS -> words(name, p.value, form == ValueKind.Form.WORDS);
                case LATER -> new Expr.Invalid(x.span(p.value));
                case EXPRESSION -> x.build(p.value, scope != null ? scope : Scope.constant("'" + name + "'"));
            };
            // A handover may come by a milestone: a bare name after its `by` is a word, resolved by the intervention's reader.
            Expr by = p.by == null ? null : name.equals("handover") && isBareName(p.by) ? words(name, p.by, false)
                    : x.build(p.by, Scope.constant("'by'"));
            // A cost share may rise over time: `cost_share = 20% rising to 80% by month 36` (its reader checks the rest).
            boolean risingShare = name.equals("cost_share") && schema == Schema.INTERVENTION && p.rise != null;
            Expr rise = p.rise == null ? null : x.build(p.rise, Scope.constant("'rising to'"));
            if (p.rise != null && !risingShare) {
                sink.report("E019", x.span(p.rise), "'rising to'", "'" + name + "'")
                        .hint("only an intervention's cost share rises over time: cost_share = 20% rising to 80% by month 36");
            }
            if (p.by != null && p.rise == null && !name.equals("target") && !name.equals("handover") && !(name.equals("baseline") && schema == Schema.INDICATOR)) {
                sink.report("E019", x.span(p.by), "'by'", "'" + name + "'")
                        .hint("only a target has a month (target = 50 by month 24), an indicator's baseline a date (baseline = 12 by 2026-06), a handover a month or a milestone, and a rising cost share a month (cost_share = 20% rising to 80% by month 36)");
            }
            // `firms = 40 of tiruppur`: the cluster after `of` is read by the network's reader; elsewhere it means nothing.
            if (p.of != null && !(name.equals("firms") && schema.keyword().equals("network"))) {
                sink.report("E230", x.span(p.of), name);
            }
            out.add(new Property(name, p.group == null ? null : p.group.getText(), value, by, x.span(p.name), x.span(p),
                    reader.doc(memberContexts.get(k)), rise));
        }
        return new Properties(out);
    }

    /** Replaces the placeholder of a property built later with its value. */
    static Properties withValue(Properties props, String name, Expr value) {
        List<Property> out = new ArrayList<>(props.all());
        for (int k = 0; k < out.size(); k++) {
            Property old = out.get(k);
            if (old.name().equals(name)) out.set(k, new Property(name, value, null, old.nameSpan(), old.span(), old.doc()));
        }
        return new Properties(out);
    }

    /** {@code yes} or {@code no} as a yes/no indicator's target or baseline: read as true or false. */
    private static boolean isYesOrNo(ExprContext ctx) {
        return isBareName(ctx) && (ctx.getText().equals("yes") || ctx.getText().equals("no"));
    }

    private static boolean isBareName(ExprContext ctx) {
        return ctx instanceof MarshallParser.PrimaryExprContext pe && pe.primary() instanceof MarshallParser.NameExprContext;
    }

    private Expr words(String property, ExprContext ctx, boolean list) {
        Span span = x.span(ctx);
        if (ctx instanceof MarshallParser.PrimaryExprContext pe) {
            MarshallParser.PrimaryContext p = pe.primary();
            if (p instanceof MarshallParser.NameExprContext n) return new Expr.Word(n.ident().getText(), null, span);
            if (p instanceof MarshallParser.CurrentMonthContext) return new Expr.Word("month", null, span);
            if (list && p instanceof MarshallParser.ListLiteralContext l) {
                List<Expr> items = new ArrayList<>();
                for (ExprContext item : l.expr()) items.add(words(property, item, false));
                return new Expr.ListOf(items, span);
            }
        }
        if (!list && ctx instanceof MarshallParser.PrimaryExprContext pe
                && pe.primary() instanceof MarshallParser.ListLiteralContext l) {
            String first = l.expr().isEmpty() ? "name" : l.expr().get(0).getText();
            sink.report("E020", span, "one name", "a list").hint("'" + property + "' names one, a list is not allowed here: write " + property + " = " + first);
            return new Expr.Invalid(span);
        }
        sink.report("E020", span, list ? "a name or a list of names" : "a name", "an expression");
        return new Expr.Invalid(span);
    }
}
