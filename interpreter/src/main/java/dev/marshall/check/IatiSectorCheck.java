package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Actor;
import dev.marshall.model.Constants;
import dev.marshall.model.Programme;
import dev.marshall.model.Sector;
import dev.marshall.source.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the IATI Standard ruleset asks of an activity beyond the schema, checked where the programme says it
 * (E120, E121, E122, and E035/E017 for the actors' own IATI identity): the {@code sectors} are DAC 5-digit
 * purpose codes of the IATI Sector codelist (a withdrawn or made-up code would pass the schema and fail at the
 * registry), their {@code sector_shares} match them one for one and sum to 100% (the ruleset's strict sum), the
 * {@code region} is an OECD DAC region code, and an actor's {@code ref} and {@code org_type} are an organisation
 * identifier and an OrganisationType code.
 */
final class IatiSectorCheck implements Check {
    /** OECD DAC region codes (IATI Region codelist, vocabulary 1) of the regions developing countries belong to. */
    static final Set<Integer> DAC_REGIONS = Set.of(89, 189, 289, 298, 380, 389, 489, 498, 589, 619, 679, 689, 789, 798, 889, 998);
    private static final Map<Integer, String[]> SECTORS = readSectors();

    @Override
    public List<String> codes() { return List.of("E120", "E121", "E122", "E035", "E017"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        Span header = p.span();
        List<Double> codes = Sector.numbers(p.properties(), "sectors");
        for (int i = 0; i < codes.size(); i++) {
            double code = codes.get(i);
            Span at = itemSpan(p, "sectors", i, header);
            String[] entry = code == Math.rint(code) ? SECTORS.get((int) code) : null;
            if (entry == null) {
                sink.report("E120", at, Counts.format(code), "is not in the IATI Sector codelist");
            } else if (entry[1].equals("withdrawn")) {
                sink.report("E120", at, Counts.format(code), "(" + entry[0] + ") is withdrawn from the IATI Sector codelist");
            }
        }
        List<Double> shares = Sector.numbers(p.properties(), "sector_shares");
        Span sharesAt = p.properties().valueSpanOf("sector_shares", p.properties().valueSpanOf("sectors", header));
        if (!shares.isEmpty() && codes.isEmpty()) {
            sink.report("E121", sharesAt, "sector_shares is written without sectors");
        } else if (codes.size() > 1 && shares.isEmpty()) {
            sink.report("E121", p.properties().valueSpanOf("sectors", header), codes.size() + " sectors are written without sector_shares");
        } else if (!shares.isEmpty() && shares.size() != codes.size()) {
            sink.report("E121", sharesAt, shares.size() + " shares are written for " + codes.size() + " sectors")
                    .related(p.properties().valueSpanOf("sectors", header), "the sectors");
        } else if (!shares.isEmpty() && shares.stream().noneMatch(s -> s.isNaN())) {
            double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
            if (shares.stream().anyMatch(s -> s <= 0 || s > 1)) {
                sink.report("E121", sharesAt, "every share must lie above 0% and at most 100%");
            } else if (Math.abs(sum - 1) > 1e-9) {
                sink.report("E121", sharesAt, "the shares sum to " + Counts.format(Math.round(sum * 1e6) / 1e4) + "%, not 100%");
            } else if (shares.stream().anyMatch(s -> Math.abs(s * 10_000 - Math.rint(s * 10_000)) > 1e-6)) {
                // IATI sums the published percentages exactly: they are written with at most two decimals.
                sink.report("E121", sharesAt, "a share has more than two decimals of a percent");
            }
        }
        p.properties().get("region").ifPresent(r -> {
            if (r.value().type().isUnknown()) return;
            double code = Constants.number(r.value()).orElse(Double.NaN);
            if (code != Math.rint(code) || !DAC_REGIONS.contains((int) code)) {
                sink.report("E122", r.value().span(), r.value().span().text());
            }
        });
        for (Actor a : p.actors()) {
            String ref = a.properties().text("ref");
            if (!ref.isEmpty() && !IatiIdentityCheck.ORGANISATION.matcher(ref).matches()) {
                sink.report("E035", a.properties().valueSpanOf("ref", a.span()), "ref", ref, "organisation identifier",
                        "it must be a registration agency code, a hyphen and a number, without spaces, /, &, | or ?");
            }
            IatiIdentityCheck.organisationType(a.properties(), "org_type", sink);
        }
    }

    /** The span of the i-th item of a list property, or of the whole value. */
    private static Span itemSpan(Programme p, String property, int i, Span fallback) {
        return p.properties().get(property).map(prop -> prop.value() instanceof dev.marshall.model.Expr.ListOf l && i < l.items().size()
                ? l.items().get(i).span() : prop.value().span()).orElse(fallback);
    }

    /** Code → {name, status} of the IATI Sector codelist (2.03), a resource beside this class's package. */
    private static Map<Integer, String[]> readSectors() {
        Map<Integer, String[]> out = new HashMap<>();
        try (InputStream in = IatiSectorCheck.class.getResourceAsStream("/dev/marshall/iati/sectors.tsv")) {
            if (in == null) throw new IllegalStateException("dev/marshall/iati/sectors.tsv is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                out.put(Integer.parseInt(f[0]), new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
