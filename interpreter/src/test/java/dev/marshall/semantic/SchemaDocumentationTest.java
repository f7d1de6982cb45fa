package dev.marshall.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The property tables of docs/language.md §4 say what {@link Schema} says, both
 * ways: every property the schema knows is in its declaration's table with the
 * same "required", and every property a table lists is known to the schema
 * (for a declaration with free properties, a cluster's or an actor's, only the
 * first direction holds).
 */
class SchemaDocumentationTest {
    static final Path LANGUAGE = Path.of("../docs/language.md");

    private static final Pattern HEADING = Pattern.compile("^### 4\\.\\d+ (\\w+)");
    private static final Pattern NAMES = Pattern.compile("^`[a-z_]+`(, `[a-z_]+`)*$");
    private static final Pattern ASSIGNMENT = Pattern.compile("^`([a-z_]+) = ");
    private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");

    /** One property row of a table: its name, the declaration kind it is for ("" for all), whether it says required. */
    record Row(String name, String variant, boolean required) {}

    @Test
    void propertyTablesMatchTheSchema() throws IOException {
        Map<String, List<String>> sections = sections(Files.readAllLines(LANGUAGE));
        List<String> problems = new ArrayList<>();
        for (DeclarationSchema schema : Schema.declarations()) {
            if (schema.properties().isEmpty()) continue;
            String where = "docs/language.md, section '" + schema.keyword() + "'";
            List<String> section = sections.get(schema.keyword());
            if (section == null) {
                problems.add(where + ": no such section, but the schema gives '" + schema.keyword() + "' properties");
                continue;
            }
            List<Row> rows = rows(section).stream().filter(r -> r.variant().isEmpty() || r.variant().equals(schema.variant())).toList();
            for (PropertySchema p : schema.properties()) {
                Row row = rows.stream().filter(r -> r.name().equals(p.name())).findFirst().orElse(null);
                if (row == null) problems.add(where + ": the schema has property '" + p.name() + "'" + variant(schema) + ", the table does not");
                else if (row.required() != p.required()) {
                    problems.add(where + ": '" + p.name() + "'" + variant(schema) + " is " + (p.required() ? "" : "not ") + "required in the schema, "
                            + (row.required() ? "" : "not ") + "in the table");
                }
            }
            if (schema.open()) continue;
            for (Row row : rows) {
                if (schema.property(row.name()).isEmpty()) {
                    problems.add(where + ": the table lists '" + row.name() + "'" + variant(schema) + ", which the schema (Schema."
                            + schema.keyword().toUpperCase(java.util.Locale.ROOT) + ") does not know: add it there or remove it here");
                }
            }
        }
        assertEquals("", String.join("\n", problems), "docs/language.md and dev.marshall.semantic.Schema disagree");
    }

    @Test
    void theTablesAreFound() throws IOException {
        // A guard for the parser above: if the tables' layout changes, this fails rather than comparing nothing.
        List<Row> intervention = rows(sections(Files.readAllLines(LANGUAGE)).get("intervention"));
        assertTrue(intervention.contains(new Row("duration", "", true)), intervention.toString());
        assertTrue(intervention.contains(new Row("lead", "", false)), intervention.toString());
        List<Row> network = rows(sections(Files.readAllLines(LANGUAGE)).get("network"));
        assertTrue(network.contains(new Row("from", "vertical", true)), network.toString());
    }

    private static String variant(DeclarationSchema schema) {
        return schema.variant().isEmpty() ? "" : " (" + schema.variant() + ")";
    }

    /** The lines of each "### 4.N keyword" section, by keyword. */
    static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            Matcher m = HEADING.matcher(line);
            if (m.find()) {
                current = new ArrayList<>();
                out.put(m.group(1), current);
            } else if (line.startsWith("## ") || line.startsWith("### ")) {
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }

    /** The property rows of the tables of a section (rows for members such as {@code each month} or {@code allow} are skipped). */
    static List<Row> rows(List<String> section) {
        List<Row> out = new ArrayList<>();
        List<String> header = null;
        for (String line : section) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.stream().allMatch(c -> c.matches("-*"))) continue;
            int property = header.indexOf("property") >= 0 ? header.indexOf("property") : header.indexOf("member");
            if (property < 0) continue;
            int kind = header.indexOf("kind");
            int required = header.indexOf("required");
            String cell = cells.get(property);
            List<String> names = new ArrayList<>();
            Matcher assignment = ASSIGNMENT.matcher(cell);
            if (NAMES.matcher(cell).matches()) {
                Matcher m = NAME.matcher(cell);
                while (m.find()) names.add(m.group(1));
            } else if (assignment.find()) {
                names.add(assignment.group(1));
            }
            for (String name : names) {
                out.add(new Row(name, kind >= 0 ? cells.get(kind) : "", required >= 0 && cells.get(required).startsWith("**yes**")));
            }
        }
        return out;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) out.add(c.strip());
        return out;
    }
}
