package dev.marshall.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The IATI Standard ruleset for 2.03 ({@code iati-rulesets/standard_py.json}, an unchanged copy in the test
 * resources), applied to an IATI activities file as the ruleset repository's Python engine
 * ({@code iatirulesets/__init__.py}) applies it: for every element matched by a context path, every case of
 * every rule; a case whose result is "not applicable" (the engine's {@code None}) neither passes nor fails.
 *
 * <p>Every rule kind of that file is implemented, each as the engine does it — including where the engine
 * differs from the ruleset's SPEC: {@code only_one_of} looks only at the first {@code excluded} path,
 * {@code date_order} treats {@code NOW} as a path (so those cases never apply; only {@code TODAY} means today).
 * A rule kind this class does not know fails loudly, so a newer rules file cannot be half-applied.
 */
public final class IatiRuleset {
    private static final Pattern XS_DATE = Pattern.compile("(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})");
    private static final Pattern XS_DATE_TIME = Pattern.compile("(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})");

    private final JsonObject rules;
    private final XPath xpath;

    private IatiRuleset(JsonObject rules) {
        this.rules = rules;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override public String getNamespaceURI(String prefix) {
                return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
            }
            @Override public String getPrefix(String uri) { return null; }
            @Override public Iterator<String> getPrefixes(String uri) { return List.<String>of().iterator(); }
        });
    }

    /** The Standard ruleset for 2.03, read from the test class path. */
    public static IatiRuleset standard() {
        try (InputStream in = IatiRuleset.class.getResourceAsStream("/iati-rulesets/standard_py.json")) {
            if (in == null) throw new IllegalStateException("iati-rulesets/standard_py.json is missing from test resources");
            return new IatiRuleset(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One failed case: where (the context path and the element), which rule, which case. */
    public record Failure(String context, String element, String rule, String kase) {
        @Override public String toString() {
            return context + " (" + element + "): " + rule + " " + kase;
        }
    }

    /** The failed cases for this file; empty when it passes the ruleset. */
    public List<Failure> failures(String xml) {
        Document doc = parse(xml);
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<String, JsonElement> context : rules.entrySet()) {
            for (Node element : nodes(doc, context.getKey())) {
                for (Map.Entry<String, JsonElement> rule : context.getValue().getAsJsonObject().entrySet()) {
                    for (JsonElement kase : rule.getValue().getAsJsonObject().getAsJsonArray("cases")) {
                        Boolean result = test((Element) element, rule.getKey(), kase.getAsJsonObject());
                        if (Boolean.FALSE.equals(result)) {
                            failures.add(new Failure(context.getKey(), element.getNodeName(), rule.getKey(), kase.toString()));
                        }
                    }
                }
            }
        }
        return failures;
    }

    /** {@code test_rule}: true, false, or null when the case does not apply. */
    private Boolean test(Element element, String rule, JsonObject kase) {
        if (kase.has("condition") && !bool(element, kase.get("condition").getAsString())) return null;
        List<Node> matches = new ArrayList<>();
        if (kase.has("paths")) for (String path : strings(kase.getAsJsonArray("paths"))) matches.addAll(nodes(element, path));
        return switch (rule) {
            case "no_more_than_one" -> matches.size() <= 1;
            case "atleast_one" -> !matches.isEmpty();
            case "only_one_of" -> onlyOneOf(element, kase, matches);
            case "one_or_all" -> oneOrAll(element, kase);
            case "strict_sum" -> sum(matches).compareTo(new BigDecimal(kase.get("sum").getAsString())) == 0;
            case "sum" -> matches.isEmpty() || sum(matches).compareTo(new BigDecimal(kase.get("sum").getAsString())) == 0;
            case "loop" -> loop(element, kase);
            case "date_order" -> dateOrder(element, kase);
            case "time_limit" -> timeLimit(element, kase);
            case "date_now" -> dateNow(element, kase);
            case "between_dates" -> betweenDates(element, kase);
            case "regex_matches" -> matches.stream().allMatch(m -> Pattern.compile(kase.get("regex").getAsString()).matcher(text(m)).find());
            case "if_then" -> !bool(element, kase.get("if").getAsString()) || bool(element, kase.get("then").getAsString());
            case "range" -> matches.stream().allMatch(m -> inRange(new BigDecimal(text(m)), kase));
            default -> throw new IllegalStateException("rule kind '" + rule + "' is not implemented by this evaluator");
        };
    }

    /** As the engine does it: decided by the first excluded path alone. */
    private Boolean onlyOneOf(Element element, JsonObject kase, List<Node> matches) {
        String excluded = kase.getAsJsonArray("excluded").get(0).getAsString();
        return nodes(element, excluded).isEmpty() ? matches.size() == 1 : matches.isEmpty();
    }

    private Boolean oneOrAll(Element element, JsonObject kase) {
        if (!nodes(element, kase.get("one").getAsString()).isEmpty()) return true;
        return switch (kase.get("all").getAsString()) {
            case "lang" -> nodes(element, "descendant::narrative").stream().allMatch(n -> !nodes(n, "@xml:lang").isEmpty());
            case "sector" -> nodes(element, "transaction").stream().allMatch(n -> !nodes(n, "sector").isEmpty());
            case "currency" -> List.of("value", "forecast", "loan-status").stream()
                    .flatMap(p -> nodes(element, "descendant::" + p).stream()).allMatch(n -> !nodes(n, "@currency").isEmpty());
            default -> true;
        };
    }

    private Boolean loop(Element element, JsonObject kase) {
        Set<String> values = new LinkedHashSet<>();
        for (Node n : nodes(element, kase.get("foreach").getAsString())) values.add(text(n));
        List<String> subs = strings(kase.getAsJsonArray("subs"));
        for (Map.Entry<String, JsonElement> inner : kase.getAsJsonObject("do").entrySet()) {
            for (JsonElement template : inner.getValue().getAsJsonObject().getAsJsonArray("cases")) {
                for (String value : values) {
                    JsonObject sub = template.getAsJsonObject().deepCopy();
                    for (String key : subs) {
                        JsonElement v = sub.get(key);
                        if (v.isJsonArray()) {
                            JsonArray replaced = new JsonArray();
                            for (String s : strings(v.getAsJsonArray())) replaced.add(s.replace("$1", value));
                            sub.add(key, replaced);
                        } else {
                            sub.addProperty(key, v.getAsString().replace("$1", value));
                        }
                    }
                    if (!Boolean.TRUE.equals(test(element, inner.getKey(), sub))) return false;
                }
            }
        }
        return true;
    }

    private Boolean dateOrder(Element element, JsonObject kase) {
        LocalDate less = date(element, kase.get("less").getAsString());
        LocalDate more = date(element, kase.get("more").getAsString());
        return less == null || more == null ? null : !less.isAfter(more);
    }

    /** At most a year: {@code relativedelta(end, start)} of one year exactly, or less. */
    private Boolean timeLimit(Element element, JsonObject kase) {
        String start = kase.get("start").getAsString();
        String end = kase.get("end").getAsString();
        if (nodes(element, start).isEmpty() || nodes(element, end).isEmpty()) return null;
        Period p = Period.between(date(element, start), date(element, end));
        if (p.getYears() == 1) return p.getYears() + p.getMonths() + p.getDays() <= 1;
        return p.getYears() <= 1;
    }

    private Boolean dateNow(Element element, JsonObject kase) {
        List<Node> found = nodes(element, kase.get("date").getAsString());
        if (found.isEmpty()) return null;
        Matcher m = XS_DATE_TIME.matcher(text(found.get(0)));
        if (!m.lookingAt()) throw new IllegalStateException("not an xs:dateTime: " + text(found.get(0)));
        LocalDateTime at = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
        return at.isBefore(LocalDateTime.now());
    }

    private Boolean betweenDates(Element element, JsonObject kase) {
        if (nodes(element, kase.get("date").getAsString()).isEmpty()) return null;
        LocalDate start = date(element, kase.get("start").getAsString());
        LocalDate date = date(element, kase.get("date").getAsString());
        LocalDate end = date(element, kase.get("end").getAsString());
        return start.isBefore(date) && date.isBefore(end);
    }

    private static boolean inRange(BigDecimal value, JsonObject kase) {
        boolean aboveMin = !kase.has("min") || new BigDecimal(kase.get("min").getAsString()).compareTo(value) <= 0;
        boolean belowMax = !kase.has("max") || value.compareTo(new BigDecimal(kase.get("max").getAsString())) <= 0;
        return aboveMin && belowMax;
    }

    /** {@code _parse_date}: TODAY, or the first match of the path read as an xs:date; null when absent or empty. */
    private LocalDate date(Element element, String path) {
        if (path.equals("TODAY")) return LocalDate.now();
        List<Node> found = nodes(element, path);
        if (found.isEmpty() || text(found.get(0)).isEmpty()) return null;
        Matcher m = XS_DATE.matcher(text(found.get(0)));
        if (!m.lookingAt()) throw new IllegalStateException("not an xs:date: " + text(found.get(0)));
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static BigDecimal sum(List<Node> matches) {
        BigDecimal total = BigDecimal.ZERO;
        for (Node n : matches) total = total.add(new BigDecimal(text(n).strip()));
        return total;
    }

    /** {@code get_text}: an element's own text, an attribute's value. */
    private static String text(Node n) {
        if (n.getNodeType() == Node.ELEMENT_NODE) {
            Node first = n.getFirstChild();
            return first != null && first.getNodeType() == Node.TEXT_NODE ? first.getNodeValue() : "";
        }
        return n.getNodeValue();
    }

    private List<Node> nodes(Node context, String path) {
        try {
            NodeList list = (NodeList) xpath.evaluate(path, context, XPathConstants.NODESET);
            List<Node> out = new ArrayList<>(list.getLength());
            for (int i = 0; i < list.getLength(); i++) out.add(list.item(i));
            return out;
        } catch (XPathExpressionException e) {
            // Not a node-set (count(...) > 0): lxml returns a value; as a list of nodes it is used only by
            // if_then and condition, which go through bool().
            throw new IllegalStateException("'" + path + "' is not a node-set path", e);
        }
    }

    /** Python's truth of lxml's {@code xpath()}: a non-empty node-set, a true boolean, a non-zero number. */
    private boolean bool(Node context, String path) {
        try {
            return (Boolean) xpath.evaluate("boolean(" + path + ")", context, XPathConstants.BOOLEAN);
        } catch (XPathExpressionException e) {
            throw new IllegalStateException("'" + path + "' is not an XPath 1.0 expression", e);
        }
    }

    private static List<String> strings(JsonArray array) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : array) out.add(e.getAsString());
        return out;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
