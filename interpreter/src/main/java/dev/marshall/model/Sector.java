package dev.marshall.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code sectors} code of the programme header (a DAC 5-digit purpose code, vocabulary 1 of IATI) and its
 * share of the programme, from {@code sector_shares} (one sector alone has all of it). The checker refuses codes
 * outside the codelist (E120) and shares that do not match the codes or do not sum to 100% (E121).
 */
public record Sector(int code, double share) {

    /** The sectors as written in the header, in order; empty when {@code sectors} is not written or not constant. */
    public static List<Sector> of(Properties header) {
        List<Double> codes = numbers(header, "sectors");
        List<Double> shares = numbers(header, "sector_shares");
        List<Sector> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            double share = codes.size() == 1 && shares.isEmpty() ? 1.0 : i < shares.size() ? shares.get(i) : Double.NaN;
            out.add(new Sector((int) Math.round(codes.get(i)), share));
        }
        return out;
    }

    /** A list property of constant numbers ({@code [32130, 25030]}; a single number may be written without brackets). */
    public static List<Double> numbers(Properties props, String name) {
        Optional<Property> p = props.get(name);
        if (p.isEmpty()) return List.of();
        List<Expr> items = p.get().value() instanceof Expr.ListOf l ? l.items() : List.of(p.get().value());
        List<Double> out = new ArrayList<>();
        for (Expr e : items) out.add(Constants.number(e).orElse(Double.NaN));
        return out;
    }
}
