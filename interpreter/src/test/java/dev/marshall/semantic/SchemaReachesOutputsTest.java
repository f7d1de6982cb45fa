package dev.marshall.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.marshall.model.Compilation;
import dev.marshall.Compiler;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.emit.ReportWriter;
import dev.marshall.model.Declaration;
import dev.marshall.model.Expr;
import dev.marshall.model.Network;
import dev.marshall.model.Programme;
import dev.marshall.model.Properties;
import dev.marshall.model.Property;
import dev.marshall.source.SourceFile;
import dev.marshall.testing.DiagnosticLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every property the language accepts reaches an output (issue: accepted and
 * silently dropped). A fixture programme writes every property of every
 * declaration in {@link Schema}, each text property with a value found
 * nowhere else (a marker, {@code Zq…}); every format is rendered, and each
 * marker must appear in every destination its schema entry declares
 * ({@link Reaches}). A property that is not text must declare a destination,
 * and a focused assertion below checks that destination with a distinctive
 * value from the fixture.
 */
class SchemaReachesOutputsTest {
    static Programme programme;
    static final Map<Reaches, List<String>> OUTPUTS = new EnumMap<>(Reaches.class);

    @BeforeAll
    static void renderEverything() throws IOException {
        String text;
        try (InputStream in = SchemaReachesOutputsTest.class.getResourceAsStream("every-property.marshall")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Compilation c = Compiler.compile(SourceFile.ofString("every-property.marshall", text));
        assertFalse(c.hasErrors(), () -> "the fixture must check without errors:\n" + DiagnosticLines.render(c.diagnostics()));
        programme = c.programme();
        Framework framework = Framework.of(programme, Optional.empty(), c.diagnostics());
        for (Reaches r : Reaches.values()) OUTPUTS.put(r, new ArrayList<>());
        for (Format f : Format.values()) {
            if (f.binary()) continue; // the workbook is read back against the logframe in WorkbookTest
            String out = f.emitter().render(framework);
            switch (f) {
                case IATI -> OUTPUTS.get(Reaches.IATI).add(out);
                case SHEETS_MD -> OUTPUTS.get(Reaches.SHEETS).add(out);
                default -> OUTPUTS.get(Reaches.LOGFRAME).add(out);
            }
        }
        OUTPUTS.get(Reaches.REPORT).addAll(ReportWriter.render(framework).values());
        // Kept for whoever has to see why an assertion below fails.
        java.nio.file.Path dump = java.nio.file.Path.of("target", "every-property");
        java.nio.file.Files.createDirectories(dump);
        for (Reaches r : Reaches.values()) {
            java.nio.file.Files.writeString(dump.resolve(r.name().toLowerCase(java.util.Locale.ROOT) + ".txt"), String.join("\n\f\n", OUTPUTS.get(r)));
        }
    }

    /** The properties of the fixture's declarations of this schema's kind (and variant). */
    static List<Properties> written(DeclarationSchema schema) {
        Stream<? extends Declaration> all = switch (schema.keyword()) {
            case "programme" -> Stream.of();
            case "cluster" -> programme.clusters().stream();
            case "actor" -> programme.actors().stream();
            case "network" -> programme.networks().stream().filter(n -> n.shape() == (schema.variant().equals("vertical") ? Network.Shape.VERTICAL : Network.Shape.HORIZONTAL));
            case "intervention" -> programme.interventions().stream();
            case "indicator" -> programme.indicators().stream();
            case "milestone" -> programme.milestones().stream();
            case "result" -> programme.results().stream();
            case "cost_line" -> programme.costLines().stream();
            default -> throw new AssertionError("the fixture does not cover '" + schema.keyword() + "': extend it and this switch");
        };
        if (schema == Schema.PROGRAMME) return List.of(programme.properties());
        List<Properties> out = new ArrayList<>();
        all.forEach(d -> out.add(switch (d) {
            case dev.marshall.model.Cluster x -> x.properties();
            case dev.marshall.model.Actor x -> x.properties();
            case Network x -> x.properties();
            case dev.marshall.model.Intervention x -> x.properties();
            case dev.marshall.model.Indicator x -> x.properties();
            case dev.marshall.model.Milestone x -> x.properties();
            case dev.marshall.model.Result x -> x.properties();
            case dev.marshall.model.CostLine x -> x.properties();
            default -> Properties.NONE;
        }));
        return out;
    }

    @Test
    void theFixtureWritesEveryPropertyOfTheSchema() {
        List<String> missing = new ArrayList<>();
        for (DeclarationSchema schema : Schema.declarations()) {
            for (PropertySchema p : schema.properties()) {
                if (written(schema).stream().noneMatch(props -> props.has(p.name()))) missing.add(schema.keyword() + " " + schema.variant() + " " + p.name());
            }
        }
        assertEquals(List.of(), missing, "every-property.marshall must write every property the schema knows");
    }

    /**
     * Text properties the outputs do not show yet, each with the destination it misses. Empty is the goal:
     * an entry here is a known gap, not a silent one.
     */
    static final Set<String> STILL_DROPPED = Set.of();

    /** Where a destination shows a text as something else: the country's name becomes its ISO 3166 code in IATI. */
    static final Map<String, String> TRANSLATED = Map.of("programme.country@IATI", "code=\"PK\"");

    @Test
    void everyTextPropertyReachesEachDestinationItDeclares() {
        List<String> problems = new ArrayList<>();
        for (DeclarationSchema schema : Schema.declarations()) {
            for (PropertySchema p : schema.properties()) {
                if (!p.kind().isText()) continue;
                for (Properties props : written(schema)) {
                    Property written = props.get(p.name()).orElse(null);
                    if (written == null || !(written.value() instanceof dev.marshall.model.Expr.Text t)) continue;
                    List<Reaches> documents = p.reaches().stream().filter(r -> r != Reaches.SIMULATION && r != Reaches.CHECKS).sorted().toList();
                    if (documents.isEmpty()) problems.add(schema.keyword() + "." + p.name() + ": text that reaches no document");
                    for (Reaches r : documents) {
                        String key = schema.keyword() + "." + p.name() + "@" + r;
                        String expected = TRANSLATED.getOrDefault(key, t.value());
                        boolean found = OUTPUTS.get(r).stream().anyMatch(out -> out.contains(expected));
                        if (!found && !STILL_DROPPED.contains(key)) problems.add(key + ": '" + expected + "' is in no " + r + " output");
                        if (found && STILL_DROPPED.contains(key)) problems.add(key + ": reaches " + r + " now; remove it from STILL_DROPPED");
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems), "accepted text properties must reach the outputs their schema entry names");
    }

    @Test
    void everyPropertyDeclaresWhereItGoes() {
        for (DeclarationSchema schema : Schema.declarations()) {
            for (PropertySchema p : schema.properties()) {
                assertFalse(p.reaches().isEmpty(), schema.keyword() + "." + p.name() + " reaches nothing: refuse it or make an output read it");
                assertFalse(p.reaches().equals(Set.of(Reaches.CHECKS)), schema.keyword() + "." + p.name() + " only feeds warnings");
            }
        }
    }

    /** A distinctive value of the fixture, as a document shows it (whitespace collapsed), for a property that is not text. */
    record Shown(String property, Reaches where, String snippet) {}

    /** What the engine reads of a property that only the simulation uses, checked on the model it simulates. */
    record Simulated(String property, Predicate<Programme> check) {}

    static final List<Shown> SHOWN = List.of(
            new Shown("programme.start", Reaches.LOGFRAME, "\"start\": \"2027-01\""),
            new Shown("programme.horizon", Reaches.LOGFRAME, "\"horizon_months\": 30"),
            new Shown("programme.currency", Reaches.LOGFRAME, "\"currency\": \"EUR\""),
            new Shown("programme.budget", Reaches.LOGFRAME, "\"budget\": 987654"),
            new Shown("programme.budget", Reaches.REPORT, "987,654 EUR"),
            new Shown("programme.focus", Reaches.LOGFRAME, "\"focus\": \"Pro-poor\""),
            new Shown("programme.organisation_type", Reaches.IATI, "type=\"40\""),
            new Shown("indicator.key", Reaches.SHEETS, "Key indicator"),
            new Shown("programme.sectors", Reaches.IATI, "<sector code=\"32130\""),
            new Shown("programme.sector_shares", Reaches.IATI, "<sector code=\"25030\" percentage=\"40\""),
            new Shown("programme.region", Reaches.IATI, "<recipient-region code=\"679\" vocabulary=\"1\"/>"),
            new Shown("actor.org_type", Reaches.IATI, "ref=\"XM-ZqRef-2\" role=\"3\" type=\"21\""),
            new Shown("actor.funds", Reaches.IATI, "<planned-disbursement type=\"1\">"),
            new Shown("actor.share", Reaches.IATI, ">1481.4</value>"),
            new Shown("actor.pays", Reaches.LOGFRAME, "35,110.71 EUR"),
            new Shown("intervention.handover", Reaches.LOGFRAME, "\"handover\": { \"to\": \"assoc\""),
            new Shown("intervention.after_handover", Reaches.LOGFRAME, "\"after\": \"decays\""),
            new Shown("cluster.replicas", Reaches.LOGFRAME, "\"replicas\": 3"),
            new Shown("network:horizontal.members", Reaches.LOGFRAME, "\"members\": [ \"agent\", \"assoc\" ]"),
            new Shown("network:horizontal.firms", Reaches.LOGFRAME, "\"firms\": 17"),
            new Shown("network:vertical.from", Reaches.LOGFRAME, "\"from\": \"assoc\""),
            new Shown("network:vertical.to", Reaches.LOGFRAME, "\"to\": \"buyer\""),
            new Shown("network:vertical.kind", Reaches.LOGFRAME, "\"linkage\": \"Subcontracting\""),
            new Shown("network:horizontal.uptake", Reaches.LOGFRAME, "\"uptake\": \"23%\""),
            new Shown("network:vertical.firms", Reaches.LOGFRAME, "\"firms_of\": \"7 of works\""),
            new Shown("network:vertical.firms", Reaches.REPORT, "7 firms of works"),
            new Shown("network:vertical.uptake", Reaches.LOGFRAME, "\"uptake\": \"31%\""),
            new Shown("network:vertical.uptake", Reaches.REPORT, "31% of the firms still to join"),
            new Shown("intervention.forms", Reaches.LOGFRAME, "\"formed_by\": [ \"follow_up\" ]"),
            new Shown("intervention.forms", Reaches.REPORT, "Formed by follow_up, 31% of the firms still to join"),
            new Shown("intervention.strengthens", Reaches.LOGFRAME, "\"strengthened_by\": [ \"follow_up\" ]"),
            new Shown("intervention.strengthens", Reaches.REPORT, "Strengthened by follow_up."),
            new Shown("intervention.lead", Reaches.LOGFRAME, "\"lead\": \"agent\""),
            new Shown("intervention.partners", Reaches.LOGFRAME, "\"partners\": [ \"assoc\" ]"),
            new Shown("intervention.targets", Reaches.LOGFRAME, "\"targets\": [ \"buyer\" ]"),
            new Shown("intervention.start", Reaches.LOGFRAME, "\"start_month\": 2"),
            new Shown("intervention.after", Reaches.LOGFRAME, "\"waits_for\": [ \"end of dialogue (ZqInterventionName)\" ]"),
            new Shown("intervention.duration", Reaches.LOGFRAME, "\"duration_months\": 7"),
            new Shown("intervention.cost", Reaches.LOGFRAME, "\"cost\": 54321"),
            new Shown("intervention.cost", Reaches.REPORT, "54,321 EUR"),
            new Shown("intervention.cost_share", Reaches.LOGFRAME, "\"cost_share\": 0.15"),
            new Shown("intervention.risk", Reaches.LOGFRAME, "\"risk\": \"high\""),
            new Shown("indicator.for", Reaches.LOGFRAME, "\"measures\": \"intervention ZqInterventionName (dialogue)\""),
            new Shown("indicator.capability", Reaches.LOGFRAME, "\"capability\": \"Voice\""),
            new Shown("indicator.unit", Reaches.LOGFRAME, "\"unit\": \"percent\""),
            new Shown("indicator.baseline", Reaches.LOGFRAME, "\"baseline\": 0.03"),
            new Shown("indicator.baseline", Reaches.LOGFRAME, "\"baseline_date\": \"2026-10\""),
            new Shown("indicator.baseline", Reaches.SHEETS, "3%, Oct 2026 (measured then)"),
            new Shown("indicator.counted", Reaches.SHEETS, "| Cumulative or per period | cumulative:"),
            new Shown("indicator.counted", Reaches.LOGFRAME, "\"counted\": \"cumulative\""),
            new Shown("indicator.target", Reaches.LOGFRAME, "\"value\": 0.41, \"month\": 23"),
            new Shown("indicator.every", Reaches.LOGFRAME, "\"period_months\": 3"),
            new Shown("indicator.responsible", Reaches.LOGFRAME, "\"responsible\": \"agent\""),
            new Shown("indicator.disaggregate", Reaches.LOGFRAME, "\"disaggregation\": [ \"sex\" ]"),
            new Shown("indicator.value", Reaches.LOGFRAME, "\"calculation\": \"mean(works.trust)\""),
            new Shown("result.contributes", Reaches.LOGFRAME, "\"contributes\": \"trust_grows\""),
            new Shown("result.contributes", Reaches.REPORT, "Output 1.1: ZqOutputStatement"),
            new Shown("result.delivered_by", Reaches.LOGFRAME, "\"activities\": [ { \"intervention\": \"dialogue\""),
            new Shown("result.delivered_by", Reaches.IATI, "Delivered by ZqInterventionName (led by ZqActorName (Cluster development agent)) and Follow up"),
            new Shown("result.delivered_by", Reaches.REPORT, "by ZqInterventionName, Follow up ·"),
            new Shown("cost_line.monthly", Reaches.LOGFRAME, "\"monthly\": 1234"),
            new Shown("cost_line.monthly", Reaches.REPORT, "1,234 EUR"),
            new Shown("cost_line.amount", Reaches.LOGFRAME, "\"total\": 7777"),
            new Shown("cost_line.from", Reaches.LOGFRAME, "\"from_month\": 3"),
            new Shown("cost_line.until", Reaches.LOGFRAME, "\"until_month\": 20"),
            new Shown("milestone.due", Reaches.LOGFRAME, "\"due_month\": 11"),
            new Shown("milestone.when", Reaches.LOGFRAME, "\"condition\": \"mean(works.trust) \\u003e\\u003d 0.25\""));

    static final List<Simulated> SIMULATED = List.of(
            new Simulated("intervention.in", p -> p.intervention("dialogue").orElseThrow().clusterIndex() == 0),
            new Simulated("indicator.in", p -> p.indicator("trust_level").orElseThrow().clusterIndex() == 0),
            // Unqualified, 'trust' means the state of the milestone's own cluster.
            new Simulated("milestone.in", p -> p.milestones().get(0).when() instanceof Expr.Binary b
                    && b.left() instanceof Expr.Aggregate a && a.clusterIndex() == 0));

    @Test
    void everyPropertyThatIsNotTextIsCheckedWhereItGoes() {
        List<String> problems = new ArrayList<>();
        for (DeclarationSchema schema : Schema.declarations()) {
            for (PropertySchema p : schema.properties()) {
                if (p.kind().isText()) continue;
                String name = schema.keyword() + (schema.variant().isEmpty() ? "" : ":" + schema.variant()) + "." + p.name();
                List<Shown> shown = SHOWN.stream().filter(f -> f.property().equals(name)).toList();
                List<Simulated> simulated = SIMULATED.stream().filter(f -> f.property().equals(name)).toList();
                if (shown.isEmpty() && simulated.isEmpty()) problems.add(name + ": no focused assertion");
                if (!simulated.isEmpty() && !p.reaches().contains(Reaches.SIMULATION)) problems.add(name + ": checked as simulated, which its schema entry does not say");
                for (Simulated f : simulated) if (!f.check().test(programme)) problems.add(name + ": the model the engine reads does not have the fixture's value");
                for (Shown f : shown) {
                    if (!p.reaches().contains(f.where())) problems.add(name + ": shown in " + f.where() + ", which its schema entry does not name");
                    if (OUTPUTS.get(f.where()).stream().noneMatch(out -> out.replaceAll("\\s+", " ").contains(f.snippet()))) {
                        problems.add(name + ": '" + f.snippet() + "' is in no " + f.where() + " output");
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }
}
