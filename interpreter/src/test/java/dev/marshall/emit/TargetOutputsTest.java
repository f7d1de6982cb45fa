package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marshall.Compiler;
import dev.marshall.emit.iati.IatiActivities;
import dev.marshall.emit.json.LogframeJson;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.model.Compilation;
import dev.marshall.simulation.SimulationOptions;
import dev.marshall.simulation.SimulationResult;
import dev.marshall.simulation.Simulator;
import dev.marshall.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Targets per year and per group, and yes/no indicators, reach the forecast and the outputs: each target gets its own
 * chance of being met (computed from a programme whose every run is known), IATI gets a period per target with
 * dimensions for groups, and a yes/no indicator the Nominal measure of the IATI codelist.
 */
class TargetOutputsTest {

    /** Members grow by 2 a month: 24 at month 12, 48 at month 24, 72 at month 36; the plan is adopted in month 16. */
    private static final String KNOWN = """
            programme "T" {
              start = 2027-01; horizon = 36 months; currency = EUR; budget = 1_000 EUR
            }
            use std.unido
            cluster c { state s = 0 in 0..100; state plan = 0 in 0..1 }
            intervention grow : trust_governance {
              start = month 1; cost = 100 EUR; duration = 36 months
              each month { s += 2; if s > 30 { plan = 1 } }
            }
            indicator members : output {
              unit = firms; every = year; disaggregate = [sex]
              baseline = 0; baseline women = 0
              target = 20 by month 12
              target = 50 by 2028-12
              target = 70 by month 36
              target women = 30 by month 36
              value = s
            }
            indicator adopted : outcome {
              unit = yes_no; every = quarter; baseline = no
              target = no by month 3
              target = yes by month 12
              target = yes by month 24
              value = plan > 0.5
            }
            """;

    private static Framework known() throws Exception {
        Compilation c = Compiler.compile(SourceFile.ofString("known.marshall", KNOWN));
        assertFalse(c.hasErrors(), () -> c.diagnostics().toString());
        SimulationResult r = Simulator.simulate(c.programme(), SimulationOptions.of(50, 3));
        return Framework.of(c.programme(), Optional.of(r), c.diagnostics());
    }

    @Test
    void eachTargetHasItsOwnChanceOfBeingMet() throws Exception {
        Framework f = known();
        Map<Integer, Double> members = chances(f.logframe(), "members");
        assertEquals(Map.of(12, 1.0, 24, 0.0, 36, 1.0), members, "24 >= 20, 48 < 50, 72 >= 70");
        // yes by month 12 is missed (adopted in month 16), yes by month 24 is met.
        Map<Integer, Double> adopted = chances(f.logframe(), "adopted");
        assertEquals(0.0, adopted.get(12));
        assertEquals(1.0, adopted.get(24));
        Logframe.IndicatorEntry m = indicator(f.logframe(), "members");
        assertEquals(1.0, m.probabilityTargetMet(), "the final target keeps its meaning");
        assertTrue(m.targets().stream().anyMatch(t -> "women".equals(t.group()) && t.probabilityMet() == null),
                "a group target is not forecast: the model has no value per group");
    }

    @Test
    void iatiCarriesEveryTargetAsAPeriodAndGroupsAsDimensions() throws Exception {
        String xml = new IatiActivities().render(known());
        IatiSchemaTest.validate(xml);
        assertTrue(xml.contains("<period-end iso-date=\"2027-12-31\"/>\n          <target value=\"20\">"), xml);
        assertTrue(xml.contains("<target value=\"50\">"), xml);
        assertTrue(xml.contains("<target value=\"30\">\n            <dimension name=\"sex\" value=\"women\"/>"), xml);
        assertTrue(xml.contains("value=\"0\" year=\"2027\">\n          <dimension name=\"sex\" value=\"women\"/>"), "group baseline: " + xml);
        assertTrue(xml.contains("measure=\"3\""), "yes/no is measured on a nominal scale");
        assertTrue(xml.contains("<narrative>Adopted (yes/no)</narrative>"), xml);
    }

    /** The measure code for yes/no is the codelist's "Nominal" (a copy of the IATI 2.03 IndicatorMeasure codelist). */
    @Test
    void theYesNoMeasureIsNominalInTheCodelist() throws Exception {
        String codelist = Files.readString(Path.of("src/test/resources/iati-2.03/codelists/IndicatorMeasure.xml"), StandardCharsets.UTF_8);
        assertTrue(codelist.replaceAll("\\s+", " ").contains("<code>3</code> <name> <narrative>Nominal</narrative>"), "code 3 is Nominal");
    }

    @Test
    void jsonListsEveryTargetWithItsChance() throws Exception {
        String json = new LogframeJson().render(known());
        assertTrue(json.contains("\"targets\": ["), json);
        assertTrue(json.contains("\"group\": \"women\""), json);
        assertTrue(json.contains("\"group_baselines\": ["), json);
        assertTrue(json.contains("\"month\": 24"), json);
    }

    /** A location's groups are the programme's own places: any word is a group; sex has a fixed list. */
    @Test
    void aLocationTakesTheProgrammesOwnPlacesAsGroups() {
        String header = KNOWN.substring(0, KNOWN.indexOf("indicator members"));
        String places = header + "indicator a : output { unit = firms; every = year; disaggregate = [location]; target = 10 by month 36; target dhaka = 6 by month 36; value = s }\n";
        assertFalse(Compiler.compile(SourceFile.ofString("places.marshall", places)).hasErrors());
        String sexes = places.replace("[location]", "[sex]");
        Compilation c = Compiler.compile(SourceFile.ofString("sexes.marshall", sexes));
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.code().equals("E154") && d.hint().contains("women, men")), c.diagnostics().toString());
    }

    private static Map<Integer, Double> chances(Logframe lf, String name) {
        Map<Integer, Double> out = new java.util.TreeMap<>();
        for (Logframe.TargetEntry t : indicator(lf, name).targets()) if (t.group() == null) out.put(t.month(), t.probabilityMet());
        return out;
    }

    private static Logframe.IndicatorEntry indicator(Logframe lf, String name) {
        return lf.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
