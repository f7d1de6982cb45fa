package dev.marshall.emit.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Calendar dates as documents show them: {@code Jan 2027}, {@code 2027-03-31}. Always English, whatever the JVM's locale. */
public final class Dates {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {}

    public static String month(YearMonth month) { return MONTH.format(month); }

    public static String day(LocalDate day) { return DAY.format(day); }

    /** ISO 8601 calendar date, {@code 2027-03-31}. */
    public static String iso(LocalDate day) { return day.toString(); }
}
