package dev.marshall.lsp;

import dev.marshall.approach.ApproachRules;
import dev.marshall.diagnostics.Messages;
import dev.marshall.grammar.MarshallLexer;
import dev.marshall.model.Actor;
import dev.marshall.model.Cluster;
import dev.marshall.model.Function;
import dev.marshall.model.Intervention;
import dev.marshall.model.Level;
import dev.marshall.model.Milestone;
import dev.marshall.model.Param;
import dev.marshall.model.Programme;
import dev.marshall.model.State;
import dev.marshall.model.Vocabulary;
import dev.marshall.semantic.PropertySchema;
import dev.marshall.semantic.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Completion, from what is written before the caret on its line and the
 * declaration around it (read from tokens, so it works while the text does
 * not parse): declaration keywords at the top level; the properties a
 * declaration may still have, from the declaration schema, with their docs;
 * after {@code property =}, what that property takes — actors for
 * {@code lead}, periods for {@code every}, interventions and milestones for
 * {@code after}; after {@code actor x :}, the actor kinds; in formulas, the
 * names in scope.
 */
final class Completions {
    private static final Pattern USE = Pattern.compile("^\\s*use\\s+[\\w.]*$");
    private static final Pattern ALLOW = Pattern.compile("^\\s*allow\\s+\\w*$");
    private static final Pattern EXTEND = Pattern.compile("^\\s*extend\\s+\\w*$");
    private static final Pattern KIND = Pattern.compile("^\\s*(actor|intervention|indicator|network)\\s+\\w+\\s*:\\s*\\w*$");
    private static final Pattern VALUE = Pattern.compile("^\\s*(?:.*[{;]\\s*)?(\\w+)\\s*=\\s*(.*)$");
    private static final Pattern MEMBER_START = Pattern.compile("^\\s*(?:.*[{;]\\s*)?\\w*$");
    private static final Pattern PREFIX = Pattern.compile("\\w*$");

    /** Words some properties take, that no vocabulary of std.unido declares. */
    private static final Map<String, List<String>> FIXED_WORDS = Map.of(
            "focus", List.of("pro_poor", "growth"),
            "risk", List.of("low", "high"),
            "currency", List.of("EUR", "USD", "GBP", "CHF", "JPY", "INR", "PKR", "XOF", "ETB", "NIO"));
    private static final Map<String, String> VOCABULARY_OF = Map.of(
            "every", "period", "capability", "capability", "disaggregate", "dimension", "kind", "linkage");

    private Completions() {}

    static CompletionList complete(OpenDocument document, Position position) {
        Analysis latest = document.latest();
        if (latest == null) return new CompletionList(false, List.of());
        int offset = Positions.offset(latest.source, position);
        String text = latest.source.text();
        int lineStart = latest.source.offsetOf(position.getLine() + 1, 1);
        String before = text.substring(Math.min(lineStart, offset), offset);
        Matcher prefixMatch = PREFIX.matcher(before);
        String prefix = prefixMatch.find() ? prefixMatch.group() : "";
        Programme model = latest.programme() != null ? latest.programme() : document.navigation().programme();
        Outline.Declared declared = Outline.declarationAt(latest.syntax(), Math.max(0, offset - 1));
        int depth = depth(latest.syntax(), declared, offset);

        Map<String, CompletionItem> items = new LinkedHashMap<>();
        Matcher m;
        if (USE.matcher(before).matches()) {
            add(items, item("std.unido", CompletionItemKind.Module, "the UNIDO vocabulary and approach checks", ""));
        } else if (ALLOW.matcher(before).matches()) {
            for (String code : ApproachRules.codes()) {
                add(items, item(code, CompletionItemKind.Value, Messages.title(code), Messages.explanation(code)));
            }
        } else if (EXTEND.matcher(before).matches()) {
            if (model != null) for (Vocabulary v : model.vocabularies()) add(items, item(v.name(), CompletionItemKind.Enum, "a word list: " + v.words().size() + " words", v.doc()));
        } else if ((m = KIND.matcher(before)).matches()) {
            kinds(items, m.group(1), model);
        } else if (depth == 1 && (m = VALUE.matcher(before)).matches() && !m.group(2).contains("\"")) {
            values(items, declared, m.group(1), model);
        } else if (depth == 1 && MEMBER_START.matcher(before).matches()) {
            properties(items, declared, latest);
        } else if (depth == 0 && MEMBER_START.matcher(before).matches()) {
            declarationKeywords(items);
        } else {
            expressionNames(items, model, depth >= 2);
        }
        List<CompletionItem> out = new ArrayList<>();
        String lower = prefix.toLowerCase(Locale.ROOT);
        for (CompletionItem i : items.values()) {
            if (i.getLabel().toLowerCase(Locale.ROOT).startsWith(lower)) out.add(i);
        }
        return new CompletionList(false, out);
    }

    /** How many blocks deep the caret is inside the declaration around it. */
    private static int depth(Syntax syntax, Outline.Declared declared, int offset) {
        if (declared.start() < 0) return 0;
        int depth = 0;
        for (Token t : Outline.visible(syntax.tokens)) {
            if (t.getStartIndex() < declared.start()) continue;
            if (t.getStartIndex() >= offset) break;
            if (t.getType() == MarshallLexer.LBRACE) depth++;
            if (t.getType() == MarshallLexer.RBRACE && t.getStopIndex() < offset) depth = Math.max(0, depth - 1);
        }
        return depth;
    }

    private static void kinds(Map<String, CompletionItem> items, String keyword, Programme model) {
        switch (keyword) {
            case "actor" -> words(items, model, "actor_kind");
            case "intervention" -> words(items, model, "pillar");
            case "network" -> {
                add(items, item("horizontal", CompletionItemKind.EnumMember, "firms cooperating as peers", ""));
                add(items, item("vertical", CompletionItemKind.EnumMember, "a linkage along the value chain", ""));
            }
            default -> {
                for (Level l : Level.values()) add(items, item(l.keyword(), CompletionItemKind.EnumMember, "logframe level", ""));
            }
        }
    }

    private static void values(Map<String, CompletionItem> items, Outline.Declared declared, String property, Programme model) {
        PropertySchema schema = PropertyDocs.property(declared.keyword(), declared.variant(), property).orElse(null);
        ValueKind kind = schema == null ? ValueKind.EXPRESSION : schema.kind();
        switch (kind) {
            case ACTOR, ACTORS -> { if (model != null) for (Actor a : model.actors()) add(items, symbolItem(a.name(), "actor", "actor of kind " + a.actorKind(), a.doc())); }
            case CLUSTER -> { if (model != null) for (Cluster c : model.clusters()) add(items, symbolItem(c.name(), "cluster", "cluster", c.doc())); }
            case DEPENDENCIES -> {
                if (model == null) break;
                for (Intervention i : model.interventions()) add(items, symbolItem(i.name(), "intervention", "intervention (" + i.pillar() + ")", i.doc()));
                for (Milestone ms : model.milestones()) add(items, symbolItem(ms.name(), "milestone", "milestone \"" + ms.title() + "\"", ms.doc()));
            }
            case WORD, WORDS -> {
                if (VOCABULARY_OF.containsKey(property)) words(items, model, VOCABULARY_OF.get(property));
                for (String w : FIXED_WORDS.getOrDefault(property, List.of())) add(items, item(w, CompletionItemKind.EnumMember, property, ""));
                if (property.equals("for") && model != null) {
                    for (Intervention i : model.interventions()) add(items, symbolItem(i.name(), "intervention", "intervention (" + i.pillar() + ")", i.doc()));
                    words(items, model, "pillar");
                }
                if (property.equals("unit") && model != null) {
                    if (model.currency() != null) add(items, item(model.currency(), CompletionItemKind.Unit, "the programme's currency", ""));
                    add(items, item("percent", CompletionItemKind.Unit, "a share, written 12%", ""));
                }
            }
            case TEXT -> add(items, snippet("\"…\"", "\"$1\"", "text in quotes"));
            case MONTH -> add(items, snippet("month N", "month ${1:1}", "a point in time"));
            case DURATION -> add(items, snippet("N months", "${1:6} months", "a duration"));
            default -> expressionNames(items, model, false);
        }
    }

    private static void words(Map<String, CompletionItem> items, Programme model, String vocabulary) {
        if (model == null) return;
        Vocabulary v = model.vocabulary(vocabulary).orElse(null);
        if (v == null) return;
        for (Vocabulary.Word w : v.words()) {
            add(items, item(w.name(), CompletionItemKind.EnumMember, w.label().equals(w.name()) ? vocabulary : w.label(), w.doc()));
        }
    }

    private static void properties(Map<String, CompletionItem> items, Outline.Declared declared, Analysis latest) {
        Set<String> written = new HashSet<>(writtenProperties(latest.syntax(), declared));
        for (PropertySchema p : PropertyDocs.properties(declared.keyword(), declared.variant())) {
            if (written.contains(p.name())) continue;
            CompletionItem i = item(p.name(), CompletionItemKind.Property, p.kind().describe() + (p.required() ? " (required)" : ""), p.doc());
            i.setInsertText(p.name() + " = ");
            add(items, i);
        }
        switch (declared.keyword()) {
            case "cluster" -> add(items, snippet("state", "state ${1:name} = ${2:0} in ${3:0}..${4:1}", "a state the simulation changes"));
            case "intervention" -> add(items, snippet("each month", "each month {\n  $0\n}", "what it changes each month while active"));
            default -> { }
        }
        add(items, snippet("allow", "allow ${1:A01} \"${2:reason}\"", "silence one approach warning in this declaration"));
    }

    private static List<String> writtenProperties(Syntax syntax, Outline.Declared declared) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = Outline.visible(syntax.tokens);
        int depth = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getStartIndex() < declared.start()) continue;
            if (t.getStartIndex() >= declared.end()) break;
            if (t.getType() == MarshallLexer.LBRACE) depth++;
            else if (t.getType() == MarshallLexer.RBRACE) depth--;
            else if (depth == 1 && tokens.get(i + 1).getType() == MarshallLexer.ASSIGN) out.add(t.getText());
        }
        return out;
    }

    private static void declarationKeywords(Map<String, CompletionItem> items) {
        add(items, snippet("programme", "programme \"${1:Title}\" {\n  country  = \"${2}\"\n  start    = ${3:2027-01}\n  horizon  = ${4:36} months\n  currency = ${5:EUR}\n  budget   = ${6:1_000_000} ${5:EUR}\n}", "the programme header"));
        add(items, snippet("use", "use ${1:std.unido}", "load a library module or a file"));
        add(items, snippet("param", "param ${1:name} = ${2:normal(0.5, 0.1)}", "an uncertain knob"));
        add(items, snippet("cluster", "cluster ${1:name} {\n  firms = ${2:100}\n  state ${3:trust} = ${4:0.2} in 0..1\n}", "the firms assisted"));
        add(items, snippet("actor", "actor ${1:name} : ${2:sme}", "an organisation taking part"));
        add(items, snippet("network", "network ${1:name} : ${2:horizontal} { members = [${3}] }", "a network of actors"));
        add(items, snippet("intervention", "intervention ${1:name} : ${2:trust_governance} {\n  lead     = ${3}\n  start    = month ${4:1}\n  duration = ${5:6} months\n  cost     = ${6:10_000} EUR\n}", "an activity of the programme"));
        add(items, snippet("indicator", "indicator ${1:name} : ${2:output} {\n  unit     = ${3:firms}\n  baseline = ${4:0}\n  target   = ${5:10} by month ${6:12}\n  source   = \"${7}\"\n  every    = ${8:quarter}\n  value    = ${9}\n}", "something measured"));
        add(items, snippet("milestone", "milestone ${1:name} \"${2:Title}\" {\n  due  = month ${3:6}\n  when = ${4}\n}", "a condition expected by a month"));
        add(items, snippet("result", "result ${1:name} : ${2:output} {\n  statement    = \"${3}\"\n  contributes  = ${4}\n  delivered_by = [${5}]\n}", "a results statement of the logframe"));
        add(items, snippet("cost_line", "cost_line ${1:cda_staff} : ${2:staff} {\n  monthly = ${3:4_000} EUR\n}", "a programme-level cost: the CDA and its staff, management, M&E, equipment"));
        add(items, snippet("priorities", "priorities {\n  ${1:inclusiveness} over ${2:growth}\n}", "the programme's trade-offs"));
        add(items, snippet("assumption", "assumption \"${1}\"", "a logframe assumption"));
        add(items, snippet("risk", "risk \"${1}\" mitigation \"${2}\"", "a risk and its mitigation"));
        add(items, snippet("fn", "fn ${1:name}(${2:x}) = ${3}", "a formula"));
        add(items, snippet("extend", "extend ${1:pillar} {\n  /// ${2:What the word means.}\n  ${3:word} \"${4:Label}\"\n}", "add words to a word list"));
        add(items, snippet("allow", "allow ${1:A01} \"${2:reason}\"", "silence one approach warning"));
    }

    private static void expressionNames(Map<String, CompletionItem> items, Programme model, boolean statements) {
        if (model != null) {
            for (Cluster c : model.clusters()) {
                for (State s : c.states()) add(items, symbolItem(s.name(), "state", "state of " + c.name(), s.doc()));
            }
            for (Param p : model.params()) add(items, symbolItem(p.name(), "param", "param", p.doc()));
            for (Function f : model.functions()) {
                CompletionItem i = symbolItem(f.name(), "fn", "fn " + f.name() + "(" + String.join(", ", f.params()) + ")", f.doc());
                i.setInsertTextFormat(InsertTextFormat.Snippet);
                i.setInsertText(f.name() + "(" + "$1" + ")");
                add(items, i);
            }
            for (Cluster c : model.clusters()) add(items, symbolItem(c.name(), "cluster", "cluster", c.doc()));
        }
        for (String k : statements ? List.of("if", "month") : List.of("month", "if", "then", "else", "and", "or", "not", "true", "false")) {
            add(items, item(k, CompletionItemKind.Keyword, "keyword", ""));
        }
    }

    private static CompletionItem symbolItem(String name, String kind, String detail, String doc) {
        CompletionItemKind k = switch (kind) {
            case "actor" -> CompletionItemKind.Class;
            case "state", "param" -> CompletionItemKind.Variable;
            case "fn" -> CompletionItemKind.Function;
            case "cluster" -> CompletionItemKind.Module;
            case "intervention", "milestone" -> CompletionItemKind.Event;
            default -> CompletionItemKind.Reference;
        };
        return item(name, k, detail, doc);
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail, String doc) {
        CompletionItem i = new CompletionItem(label);
        i.setKind(kind);
        if (detail != null && !detail.isEmpty()) i.setDetail(detail);
        if (doc != null && !doc.isEmpty()) i.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, doc));
        return i;
    }

    private static CompletionItem snippet(String label, String body, String detail) {
        CompletionItem i = item(label, CompletionItemKind.Snippet, detail, "");
        i.setInsertTextFormat(InsertTextFormat.Snippet);
        i.setInsertText(body);
        return i;
    }

    private static void add(Map<String, CompletionItem> items, CompletionItem item) {
        items.putIfAbsent(item.getLabel(), item);
    }
}
