package dev.marshall.emit.text;

import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Type;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read in emitted documents. Declared values (a baseline, a cost)
 * are shown exactly; simulated values are rounded to four significant digits,
 * because their last digits are Monte Carlo noise. Machine formats (CSV,
 * JSON, IATI) get {@link #plain}: no grouping, six significant digits, so
 * output is identical on every platform and locale.
 */
public final class Quantities {
    private Quantities() {}

    /** A declared number, exactly: {@code 1,200,000}, {@code 0.035}. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "n/a";
        return grouped(BigDecimal.valueOf(value).round(new MathContext(12, RoundingMode.HALF_EVEN)));
    }

    /** A simulated number, to four significant digits: {@code 182,300,000}, {@code 0.1234}. */
    public static String approx(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "n/a";
        return grouped(significant(value, 4));
    }

    /** A number for machines: no grouping, at most six significant digits, no exponent ({@code 182345000}, {@code 0.035}). */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "";
        BigDecimal d = significant(value, 6).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A simulated number for machines: like {@link #plain} but to four significant digits ({@code 182300000}). */
    public static String plainApprox(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "";
        BigDecimal d = significant(value, 4).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A number for an axis tick: {@code 180m}, {@code 1.2bn}, {@code 250k}, {@code 1,500}, {@code 0.35}. */
    public static String compact(double value) {
        double a = Math.abs(value);
        if (a >= 1e9) return approx(value / 1e9) + "bn";
        if (a >= 1e6) return approx(value / 1e6) + "m";
        if (a >= 1e4) return approx(value / 1e3) + "k";
        return approx(value);
    }

    /** A share 0..1 as a whole percentage: {@code 0.823 → "82%"}. */
    public static String percent(double share) {
        if (Double.isNaN(share)) return "n/a";
        return Math.round(share * 100) + "%";
    }

    /** A fraction shown as a percentage with up to two decimals: {@code 0.035 → "3.5%"}. */
    public static String percentValue(double fraction) {
        return number(fraction * 100) + "%";
    }

    /** An amount of money for people: to the cent when it has cents, grouped ({@code 85,043.48 USD}, {@code 16,000 USD}). */
    public static String money(double value, String currency) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return number(value) + " " + currency;
        // A derived amount (a funder's share of a year, a line's monthly part) comes out to the cent, not to
        // twelve digits: 85,043.48 USD; a whole amount keeps no decimals (16,000 USD).
        BigDecimal cents = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
        String digits = cents.stripTrailingZeros().scale() <= 0
                ? grouped(cents.setScale(0, RoundingMode.UNNECESSARY))
                : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(cents);
        return (digits.equals("-0") || digits.equals("-0.00") ? "0" : digits) + " " + currency;
    }

    /** A declared value in an indicator's unit: {@code 1,450 EUR}, {@code 3%}, {@code 50 firms}, {@code 12}. */
    public static String of(double value, IndicatorUnit unit) {
        if (unit != null && unit.yesNo()) return yesNo(value);
        return number(reported(value, unit)) + suffix(unit);
    }

    /**
     * A simulated value in an indicator's unit, rounded: four significant
     * digits, three for percentages, and no fraction for a unit that counts
     * ({@link IndicatorUnit#counts}).
     */
    public static String approxOf(double value, IndicatorUnit unit) {
        if (unit != null && unit.yesNo()) return yesNo(value);
        return approxNumber(value, unit) + suffix(unit);
    }

    /** A yes/no value (kept as 1 or 0): "Yes" from one half up, else "No"; "n/a" when not a number. */
    public static String yesNo(double value) {
        if (Double.isNaN(value)) return "n/a";
        return value >= 0.5 ? "Yes" : "No";
    }

    /** A simulated range with the unit written once: {@code 1,520 – 1,538 EUR}. */
    public static String approxRange(double low, double high, IndicatorUnit unit) {
        if (unit != null && unit.yesNo()) return yesNo(low).equals(yesNo(high)) ? yesNo(low) : yesNo(low) + " – " + yesNo(high);
        return approxNumber(low, unit) + " – " + approxNumber(high, unit) + suffix(unit);
    }

    private static String approxNumber(double value, IndicatorUnit unit) {
        double shown = reported(value, unit);
        if (Double.isNaN(shown) || Double.isInfinite(shown)) return "n/a";
        if (unit != null && unit.counts()) return grouped(whole(shown));
        return unit != null && unit.percent() ? grouped(significant(shown, 3)) : approx(shown);
    }

    /**
     * A simulated value in an indicator's unit for machines (a suggested IATI
     * target): like {@link #plainApprox}, and a whole number when the unit
     * counts things ({@code 47}, not {@code 46.79} firms).
     */
    public static String plainApproxOf(double value, IndicatorUnit unit) {
        double shown = reported(value, unit);
        if (Double.isNaN(shown) || Double.isInfinite(shown)) return "";
        if (unit != null && unit.counts()) return whole(shown).toPlainString();
        return plainApprox(shown);
    }

    /** A simulated count: four significant digits like every simulated number, then no fraction (238.065 → 238). */
    private static BigDecimal whole(double value) {
        BigDecimal d = significant(value, 4).setScale(0, RoundingMode.HALF_UP);
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    /**
     * A simulated value as a number, rounded as {@link #approxOf} shows it but
     * still in the model's unit (a fraction for percentages), for formats that
     * store numbers (the workbook); a count ({@link #isCount}) is whole.
     */
    public static double approxValue(double value, IndicatorUnit unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return value;
        if (isCount(unit)) return whole(value).doubleValue();
        if (unit != null && unit.percent()) return significant(value * 100, 3).movePointLeft(2).doubleValue();
        return significant(value, 4).doubleValue();
    }

    /**
     * Whether an indicator's unit counts things ({@code firms}, {@code people},
     * {@code loans}): the documented list of count units (model.WholeNumbers),
     * the same rule every text format follows.
     */
    public static boolean isCount(IndicatorUnit unit) {
        return unit != null && unit.counts();
    }

    /** What follows a number in an indicator's unit: "%", " EUR", " firms", or nothing for plain numbers. */
    public static String suffix(IndicatorUnit unit) {
        if (unit == null || unit.name().equals(IndicatorUnit.NUMBER.name()) || unit.yesNo()) return "";
        if (unit.percent()) return "%";
        if (unit.type().kind() == Type.Kind.MONEY) return " " + unit.type().currency();
        return " " + unit.name();
    }

    /** The number an indicator value is reported as: percentages in percent (10 for 10%), everything else as is. */
    public static double reported(double value, IndicatorUnit unit) {
        return unit != null && unit.percent() ? value * 100 : value;
    }

    /** How an indicator's unit is named in tables: "EUR", "%", "firms", "number". */
    public static String unitLabel(IndicatorUnit unit) {
        if (unit == null) return "number";
        if (unit.percent()) return "%";
        if (unit.yesNo()) return "yes/no";
        return unit.name();
    }

    private static BigDecimal significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    private static String grouped(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        String s = f.format(d);
        return s.equals("-0") ? "0" : s;
    }
}
