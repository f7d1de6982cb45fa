package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Programme;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The programme's IATI identity is publishable as written (E035, E014, E017):
 * {@code organisation_ref} is an organisation identifier
 * ({@code {agency}-{number}}, e.g. {@code XM-DAC-41123}); {@code identifier}
 * is that prefix, a hyphen and the activity's own id, as IATI requires of
 * {@code iati-identifier}; {@code organisation_type} is an IATI
 * OrganisationType code. The IATI emitter copies them into
 * {@code iati-identifier} and {@code reporting-org}, so a malformed one would
 * only be found by the registry, after publishing. Neither is required: without
 * them the file is a draft (DRAFT markers).
 */
final class IatiIdentityCheck implements Check {
    /** A registration agency ({@code XM-DAC}, {@code GB-COH}), a hyphen, the number it issued. */
    static final Pattern ORGANISATION = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9]+-[^\\s/&|?]+");
    /** Characters IATI identifiers must not contain. */
    private static final Pattern FORBIDDEN = Pattern.compile("[\\s/&|?]");
    /** The IATI OrganisationType codelist (2.03). */
    static final Set<Integer> ORGANISATION_TYPES = Set.of(10, 11, 15, 21, 22, 23, 24, 30, 40, 60, 70, 71, 72, 73, 80, 90);

    @Override
    public List<String> codes() { return List.of("E035", "E014", "E017"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        String ref = p.organisationRef();
        if (!ref.isEmpty() && !ORGANISATION.matcher(ref).matches()) {
            sink.report("E035", p.properties().valueSpanOf("organisation_ref", p.span()), "organisation_ref", ref,
                    "organisation identifier", "it must be a registration agency code, a hyphen and a number, without spaces, /, &, | or ?");
        }
        String id = p.identifier();
        if (!id.isEmpty()) {
            var at = p.properties().valueSpanOf("identifier", p.span());
            if (FORBIDDEN.matcher(id).find()) {
                sink.report("E035", at, "identifier", id, "activity identifier", "it must not contain spaces, /, &, | or ?");
            } else if (ref.isEmpty()) {
                sink.report("E014", at, "programme", p.title(),
                        "organisation_ref = \"…\" (the IATI identifier of the organisation whose prefix the identifier carries)")
                        .hint("write organisation_ref = \"XM-DAC-41123\" beside identifier = \"XM-DAC-41123-PK-2027-001\"");
            } else if (!id.startsWith(ref + "-") || id.length() == ref.length() + 1) {
                sink.report("E035", at, "identifier", id, "activity identifier",
                        "it must start with the organisation_ref \"" + ref + "\", a hyphen and the activity's own id")
                        .related(p.properties().valueSpanOf("organisation_ref", p.span()), "the reporting organisation's identifier");
            }
        }
        organisationType(p.properties(), "organisation_type", sink);
    }

    /** An IATI OrganisationType code written as {@code property} (E017 otherwise). */
    static void organisationType(dev.marshall.model.Properties props, String property, DiagnosticSink sink) {
        props.get(property).ifPresent(t -> {
            if (t.value().type().isUnknown()) return;
            double written = dev.marshall.model.Constants.number(t.value()).orElse(Double.NaN);
            if (written != Math.rint(written) || !ORGANISATION_TYPES.contains((int) written)) {
                sink.report("E017", t.value().span(), t.value().span().text(), "an IATI organisation type")
                        .hint("one of 10 government, 11 local government, 15 other public sector, 21 international NGO, 22 national NGO,"
                                + " 23 regional NGO, 24 partner-country NGO, 30 public-private partnership, 40 multilateral, 60 foundation,"
                                + " 70 private sector, 71 private sector in provider country, 72 in aid recipient country,"
                                + " 73 in third country, 80 academic, 90 other");
            }
        });
    }
}
