package dev.marshall.benchmarks;

/**
 * Writes a large, valid programme in the shape of {@code examples/sialkot.marshall}:
 * one programme header, a cluster, a few actors, then as many blocks of
 * intervention + indicator + milestone as it takes to reach the wanted number
 * of lines. Every name resolves, every unit agrees, the budget covers the
 * costs: the front end does all of its work and reports no error, so a
 * benchmark measures checking, not error recovery. Deterministic.
 */
public final class ProgrammeGenerator {
    private ProgrammeGenerator() {}

    private static final String[] PILLARS = {
        "trust_governance", "networks_linkages", "skills", "support_institutions", "finance",
        "pro_poor_economic", "pro_poor_capabilities", "policy", "dissemination",
    };

    /** A programme of at least {@code lines} lines. */
    public static String generate(int lines) {
        StringBuilder out = new StringBuilder(lines * 40);
        out.append("""
                /// A generated programme for benchmarks: many interventions on one cluster.
                programme "Generated benchmark programme" {
                  country  = "Pakistan"
                  start    = 2027-01
                  horizon  = 60 months
                  currency = EUR
                  budget   = 900_000_000 EUR
                  focus    = pro_poor
                  goal     = "Checking a large programme stays fast"
                }

                use std.unido

                param trust_gain   = normal(0.035, 0.010)
                param network_pull = uniform(1.0, 3.0)

                cluster sialkot {
                  sector   = "surgical instruments"
                  location = "Sialkot, Punjab"
                  firms    = 300
                  workers  = 25_000
                  exports  = 90%
                  women    = 12%
                  informal = 25%

                  state trust      = 0.20 in 0..1
                  state governance = 0.10 in 0..1
                  state members    = 0    in 0..firms
                }

                actor cda   : development_agent    { employer = "UNIDO" }
                actor simap : business_association { members = 180 }
                actor gpw   : training_institute
                actor wf    : womens_federation

                fn saturating(x, k) = x / (x + k)

                priorities {
                  inclusiveness over growth
                  depth over breadth
                  tomorrow over today
                }

                """);
        int written = countLines(out);
        for (int block = 0; written < lines; block++) {
            int before = out.length();
            appendBlock(out, block);
            written += countLines(out.subSequence(before, out.length()));
        }
        return out.toString();
    }

    private static void appendBlock(StringBuilder out, int i) {
        String pillar = PILLARS[i % PILLARS.length];
        int start = 1 + i % 24;
        String waits = i == 0 ? "  start    = month " + start + "\n" : "  after    = work_" + (i - 1) + "\n";
        out.append("/// Intervention number ").append(i).append(".\n")
                .append("intervention work_").append(i).append(" : ").append(pillar).append(" {\n")
                .append("  lead     = ").append(i % 2 == 0 ? "cda" : "simap").append('\n')
                .append("  partners = [gpw]\n")
                .append(i % 10 == 0 ? waits : "  start    = month " + start + "\n")
                .append("  duration = ").append(1 + i % 12).append(" months\n")
                .append("  cost     = ").append(1_000 + i).append(" EUR\n")
                .append("  each month {\n")
                .append("    trust += trust_gain * (1 - trust) / ").append(10 + i % 7).append('\n')
                .append("    members += network_pull * saturating(trust, 8)\n")
                .append("  }\n")
                .append("}\n\n");
        out.append("indicator result_").append(i).append(" : outcome {\n")
                .append("  for      = work_").append(i).append('\n')
                .append("  unit     = firms\n")
                .append("  baseline = 0\n")
                .append("  target   = ").append(10 + i % 40).append(" by month 24\n")
                .append("  source   = \"Membership register, extract ").append(i).append("\"\n")
                .append("  every    = quarter\n")
                .append("  value    = members * (1 + governance)\n")
                .append("}\n\n");
        out.append("milestone step_").append(i).append(" \"Step ").append(i).append(" reached\" {\n")
                .append("  due  = month ").append(6 + i % 50).append('\n')
                .append("  when = trust >= 0.").append(20 + i % 50).append(" and members >= ").append(i % 30).append('\n')
                .append("}\n\n");
    }

    private static int countLines(CharSequence text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        return lines;
    }
}
