package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.diagnostics.Severity;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A property the language accepts must reach the outputs where it belongs.
 * {@code programmes/every_property.marshall} writes every property that
 * docs/language.md documents for the programme, networks, interventions,
 * indicators and milestones (the first test keeps it so when the reference
 * grows), each text set to a marker found nowhere else; the factory checks
 * that each marker appears in each output it belongs to, and the last tests
 * that actors are named by their display names rather than their ids.
 */
class EveryPropertyReachesTheOutputsTest {
    static final Path FIXTURE = Path.of("src/test/resources/dev/marshall/emit/programmes/every_property.marshall");
    static final Path REFERENCE = Path.of("../docs/language.md");
    static final String REPORT = "index.html";

    static Map<String, String> outputs;

    @BeforeAll
    static void render() throws Exception {
        Compilation c = Compiler.compile(FIXTURE);
        assertFalse(c.hasErrors(), () -> "the fixture has errors: " + c.diagnostics());
        assertTrue(c.diagnostics().stream().noneMatch(d -> d.severity() == Severity.WARNING),
                () -> "the fixture should check clean: " + c.diagnostics());
        var result = Simulator.simulate(c.programme(), SimulationOptions.of(50, 3));
        outputs = ReportWriter.render(Framework.of(c.programme(), Optional.of(result), c.diagnostics()));
    }

    /** Marker → the files it must appear in. */
    static Map<String, List<String>> expectations() {
        String md = "logframe.md";
        String html = "logframe.html";
        String csv = "logframe.csv";
        String json = "logframe.json";
        String iati = "iati-activities.xml";
        String sheets = "indicator-sheets.md";
        String calendar = "reporting-calendar.csv";
        Map<String, List<String>> m = new LinkedHashMap<>();
        // programme
        m.put("MKGOAL", List.of(md, html, csv, json, iati, REPORT));
        m.put("<iati-identifier>XM-DAC-41123-MKIDENT-001</iati-identifier>", List.of(iati));
        m.put("XM-DAC-41123-MKIDENT-001", List.of(md, html, json, REPORT));
        m.put("<reporting-org ref=\"XM-DAC-41123\" type=\"40\">", List.of(iati));
        m.put("\"organisation_ref\": \"XM-DAC-41123\"", List.of(json));
        m.put("\"organisation_type\": 40", List.of(json));
        m.put("MKORGANISATION", List.of(md, html, json, iati, REPORT));
        m.put("<sector code=\"32130\" percentage=\"60.25\" vocabulary=\"1\"/>", List.of(iati));
        m.put("<sector code=\"25030\" percentage=\"39.75\" vocabulary=\"1\"/>", List.of(iati));
        m.put("<recipient-region code=\"679\" vocabulary=\"1\"/>", List.of(iati));
        m.put("<person-name>\n        <narrative>Contact MKCONTACT</narrative>", List.of(iati));
        m.put("<email>mkcontactemail@example.org</email>", List.of(iati));
        m.put("<participating-org ref=\"XM-DAC-MKAGENTREF\" role=\"3\" type=\"21\">", List.of(iati));
        m.put("MKDESCRIPTION", List.of(md, html, json, iati, REPORT));
        // indicator reference-sheet fields
        m.put("MKDEFINITION", List.of(sheets, json, iati, REPORT, md));
        m.put("MKINDICATORDOC", List.of(sheets, json, iati, REPORT, md));
        m.put("MKMETHOD", List.of(sheets, json, iati, REPORT));
        m.put("MKLIMITATIONS", List.of(sheets, json, iati, REPORT));
        m.put("MKRATIONALE", List.of(sheets, json, iati, REPORT));
        m.put("| Key indicator | yes", List.of(sheets));
        // calculation and milestone definition in words: what donors read instead of the model's formulas
        m.put("MKCALCULATION", List.of(sheets, json, iati));
        m.put("MKREACHED", List.of(md, html, json, REPORT));
        m.put("per period: each report gives the value within its reporting period only", List.of(sheets));
        m.put("\"counted\": \"per_period\"", List.of(json));
        m.put("key indicator", List.of(md, html, REPORT));
        m.put("\"key\": true", List.of(json));
        m.put("MKSOURCE", List.of(sheets, md, html, csv, json, iati, REPORT));
        // actors: display names, and their other properties as facts
        m.put("Agent MKAGENTNAME", List.of(md, html, csv, json, iati, REPORT));
        m.put("Association MKASSOCNAME", List.of(md, html, csv, json, iati, sheets, REPORT));
        // a funder: its budget by year and its planned disbursements
        m.put("<provider-org ref=\"XM-DAC-MKDONORREF\">", List.of(iati));
        m.put("<participating-org ref=\"XM-DAC-MKDONORREF\" role=\"1\"", List.of(iati));
        m.put("<budget status=\"1\" type=\"1\">", List.of(iati));
        m.put("| Donor MKDONORNAME (Donor) | ", List.of(md));
        m.put("<h3>Funding by year</h3>", List.of(REPORT));
        m.put("<td>Donor MKDONORNAME (Donor)</td>", List.of(REPORT));
        // an intervention's handover (the Gantt is part of the report)
        m.put("Handed over to Association MKASSOCNAME (Business association) by month 9 (2027-09); the work then decays", List.of(md, html, REPORT));
        m.put("\"handover\": {", List.of(json));
        m.put("MKEMPLOYER", List.of(json, iati, REPORT));
        // milestone title
        m.put("Milestone MKMILESTONE", List.of(md, html, json, calendar, REPORT));
        // assumptions and risks
        m.put("MKASSUMPTION", List.of(md, html, csv, json, REPORT));
        m.put("MKRISK", List.of(md, html, csv, json, REPORT));
        m.put("MKMITIGATION", List.of(md, html, csv, json, REPORT));
        // an allow's reason
        m.put("MKALLOW", List.of(REPORT));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> eachMarkerReachesItsOutputs() {
        List<DynamicTest> tests = new ArrayList<>();
        expectations().forEach((marker, files) -> tests.add(DynamicTest.dynamicTest(marker, () -> {
            List<String> missing = new ArrayList<>();
            for (String file : files) {
                String text = outputs.get(file);
                if (text == null) throw new AssertionError("no output " + file + " among " + outputs.keySet());
                if (!text.contains(marker) && !text.contains(marker.replace("\"", "&quot;"))) missing.add(file);
            }
            assertTrue(missing.isEmpty(), "'" + marker + "' does not reach " + missing);
        })));
        return tests.stream();
    }

    /** The property tables of docs/language.md §4 for these declarations; the fixture must write every property in them. */
    @Test
    void theFixtureWritesEveryDocumentedProperty() throws Exception {
        String reference = Files.readString(REFERENCE);
        Set<String> documented = new TreeSet<>();
        for (String section : List.of("### 4.1 programme", "### 4.6 network", "### 4.7 intervention", "### 4.8 indicator",
                "### 4.9 milestone")) {
            int from = reference.indexOf(section);
            assertTrue(from >= 0, "docs/language.md has no section " + section);
            int to = reference.indexOf("\n### ", from + section.length());
            for (String line : reference.substring(from, to).split("\n")) {
                if (!line.startsWith("| ") || line.startsWith("| property") || line.startsWith("| kind")) continue;
                // The property column is the first with code in it (the network table starts with its kind).
                String[] cells = line.split("\\|");
                for (int k = 1; k < cells.length; k++) {
                    if (!cells[k].contains("`")) continue;
                    Matcher names = Pattern.compile("`([a-z_]+)`").matcher(cells[k]);
                    while (names.find()) documented.add(names.group(1));
                    break;
                }
            }
        }
        assertTrue(documented.containsAll(List.of("identifier", "organisation", "description", "definition", "method", "key")),
                "the tables were not read: " + documented);
        String fixture = Files.readString(FIXTURE);
        List<String> unwritten = new ArrayList<>();
        for (String property : documented) {
            if (!Pattern.compile("(?m)[{;\\s]" + property + "\\s+=").matcher(fixture).find()) unwritten.add(property);
        }
        assertEquals(List.of(), unwritten, "documented in docs/language.md §4 but not written in " + FIXTURE.getFileName());
    }

    /** Display names replace ids where people read: the CSV's lead column and the network diagram's labels. */
    @Test
    void actorsAreShownByTheirDisplayNames() {
        String csv = outputs.get("logframe.csv");
        assertTrue(csv.contains(",Agent MKAGENTNAME,Association MKASSOCNAME,"), csv);
        String report = outputs.get(REPORT);
        int diagram = report.indexOf("aria-label=\"Actor network\"");
        assertTrue(diagram > 0, "no actor network diagram");
        String svg = report.substring(diagram, report.indexOf("</svg>", diagram));
        assertTrue(svg.contains(">Agent MKAGENTNAME</text>") && svg.contains(">Association MKASSOCNAME</text>"), svg);
        assertFalse(svg.contains(">cda</text>") || svg.contains(">assoc</text>"), "the diagram still labels actors by id");
        // An actor without a name keeps its id.
        assertTrue(svg.contains(">tech</text>"), svg);
    }
}
