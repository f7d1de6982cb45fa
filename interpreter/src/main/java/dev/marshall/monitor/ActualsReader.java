package dev.marshall.monitor;

import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Indicator;
import dev.marshall.model.IndicatorUnit;
import dev.marshall.model.Programme;
import dev.marshall.model.Type;
import dev.marshall.monitor.Observation.Kind;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import dev.marshall.syntax.Suggestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates monitoring data (docs/formats.md, "Actuals") against a
 * programme: a long CSV with the columns {@code date, what, value} and the
 * optional {@code group, note}. Structure first (a byte order mark, the
 * header, stray quotes, the field count: the first such error stops the
 * reading), then each row (its date, its name, its value in the right unit),
 * then the rows together (contradictions). Every problem is a located
 * diagnostic in the CSV file (E200–E216, W201–W203); the reader never throws on
 * bad content and reads at most {@link #MAX_ROWS} rows of at most
 * {@link #MAX_LINE_CHARS} characters, however long the file or a line.
 */
public final class ActualsReader {
    /** More rows than this is not monitoring data of one programme (and is not read into memory). */
    public static final int MAX_ROWS = 100_000;
    /** A row is a date, a name, a value and a note: a longer line is not monitoring data (and is not read whole). */
    public static final int MAX_LINE_CHARS = 4_096;

    private static final List<String> COLUMNS = List.of("date", "what", "value", "group", "note");
    private static final List<String> REQUIRED = List.of("date", "what", "value");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*)?(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern QUANTITY = Pattern.compile("([-+]?[\\d_.eE+-]+)\\s*(%|[A-Za-z_]+)?");

    /** The actuals (null when there were errors) and every diagnostic, errors and warnings. */
    public record Result(Actuals actuals, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final Programme programme;
    private final DiagnosticSink sink = new DiagnosticSink();
    private SourceFile source;
    private final List<Integer> lineStarts = new ArrayList<>();

    private ActualsReader(Programme programme) {
        this.programme = programme;
    }

    /** Reads actuals held as text. */
    public static Result read(Programme programme, String displayPath, String text, Integer asOf) {
        try {
            return read(programme, displayPath, new BufferedReader(new StringReader(text)), asOf);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /**
     * Reads actuals from {@code in} (not closed), up to the as-of month
     * {@code asOf} (a programme month; null: the last month the rows report).
     *
     * @throws IllegalArgumentException when {@code asOf} lies outside the horizon
     */
    public static Result read(Programme programme, String displayPath, BufferedReader in, Integer asOf) throws IOException {
        if (asOf != null && (asOf < 1 || asOf > programme.horizon())) {
            throw new IllegalArgumentException("--as-of " + programme.calendarMonth(asOf) + " is outside the programme (months 1-"
                    + programme.horizon() + ", " + programme.start() + " to " + programme.calendarMonth(programme.horizon()) + ")");
        }
        return new ActualsReader(programme).readAll(displayPath, in, asOf);
    }

    private Result readAll(String displayPath, BufferedReader in, Integer asOf) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String line;
        boolean tooLong = false;
        boolean lineTooLong = false;
        while ((line = boundedLine(in)) != null) {
            lineStarts.add(text.length());
            if (line.length() > MAX_LINE_CHARS) {
                line = line.substring(0, MAX_LINE_CHARS);
                lineTooLong = true;
            }
            lines.add(line);
            text.append(line).append('\n');
            if (lineTooLong) break;
            if (lines.size() > MAX_ROWS + 1) {
                tooLong = true;
                break;
            }
        }
        source = new SourceFile(displayPath, null, text.toString());
        if (lineTooLong) {
            sink.report("E216", lineSpan(lines.size(), MAX_LINE_CHARS, 1), MAX_LINE_CHARS);
            return done(null);
        }
        if (tooLong) {
            sink.report("E210", lineSpan(MAX_ROWS + 2, 1, 0), MAX_ROWS);
            return done(null);
        }
        if (lines.isEmpty() || lines.get(0).isBlank() && lines.size() == 1) {
            sink.report("E215", Span.at(source, 0));
            return done(null);
        }
        if (lines.get(0).startsWith("\uFEFF")) {
            sink.report("E201", lineSpan(1, 1, 1));
            return done(null);
        }
        Map<String, Integer> columns = header(lines.get(0));
        if (columns == null) return done(null);

        List<Observation> rows = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            String row = lines.get(l);
            if (row.isBlank() || row.startsWith("#")) continue;
            List<CsvRows.Field> fields;
            try {
                fields = CsvRows.split(row);
            } catch (CsvRows.StrayQuote q) {
                sink.report("E202", lineSpan(l + 1, q.column, 1), q.getMessage());
                return done(null);
            }
            if (fields.size() != columns.size()) {
                sink.report("E203", lineSpan(l + 1, 1, row.length()), fields.size(), columns.size());
                return done(null);
            }
            Observation o = row(l + 1, fields, columns);
            if (o != null) rows.add(o);
        }
        if (sink.hasErrors()) return done(null);
        int last = asOf != null ? asOf : rows.stream().mapToInt(Observation::month).max().orElse(0);
        for (Observation o : rows) {
            if (o.month() > last) sink.report("E206", o.span(), programme.calendarMonth(o.month()), programme.calendarMonth(last));
        }
        new Contradictions(sink, programme).check(rows);
        if (sink.hasErrors()) return done(null);
        return done(new Actuals(source, last, rows));
    }

    /**
     * The next line without its end ({@code \n}, {@code \r\n} or {@code \r}), or
     * null at the end; never more than {@link #MAX_LINE_CHARS} + 1 characters,
     * however long the line (the rest of it is not read).
     */
    private static String boundedLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') return line.toString();
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') in.reset();
                return line.toString();
            }
            line.append((char) c);
            if (line.length() > MAX_LINE_CHARS) return line.toString();
        }
        return line.length() == 0 ? null : line.toString();
    }

    private Result done(Actuals actuals) {
        return new Result(actuals, sink.diagnostics());
    }

    private Map<String, Integer> header(String line) {
        List<CsvRows.Field> fields;
        try {
            fields = CsvRows.split(line);
        } catch (CsvRows.StrayQuote q) {
            sink.report("E202", lineSpan(1, q.column, 1), q.getMessage());
            return null;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            CsvRows.Field f = fields.get(i);
            String name = f.text().toLowerCase(Locale.ROOT);
            if (name.equals("month")) name = "date";   // "date or month": either heading names the first column
            if (!COLUMNS.contains(name)) {
                String close = Suggestions.didYouMean(name, COLUMNS);
                sink.report("E214", lineSpan(1, f.column(), Math.max(1, f.text().length())),
                        "unknown column '" + f.text() + "'" + (close.isEmpty() ? "" : "; " + close));
                return null;
            }
            if (columns.containsKey(name)) {
                sink.report("E214", lineSpan(1, f.column(), Math.max(1, f.text().length())), "the column '" + name + "' appears twice");
                return null;
            }
            columns.put(name, i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                sink.report("E200", lineSpan(1, 1, line.length()), required);
                return null;
            }
        }
        return columns;
    }

    /** One data row, or null when it reports nothing yet (an empty value) or is wrong (then reported). */
    private Observation row(int lineNumber, List<CsvRows.Field> fields, Map<String, Integer> columns) {
        CsvRows.Field date = fields.get(columns.get("date"));
        CsvRows.Field what = fields.get(columns.get("what"));
        CsvRows.Field value = fields.get(columns.get("value"));
        String group = columns.containsKey("group") ? fields.get(columns.get("group")).text() : "";
        String note = columns.containsKey("note") ? fields.get(columns.get("note")).text() : "";
        Span rowSpan = lineSpan(lineNumber, 1, 0);
        if (value.text().isEmpty()) return null;   // a template row not filled in yet

        Integer month = month(lineNumber, date);
        if (month == null) return null;
        Span whatSpan = fieldSpan(lineNumber, what);
        Span valueSpan = fieldSpan(lineNumber, value);
        String name = what.text();
        if (name.equals("spend")) {
            Double amount = quantity(valueSpan, value.text(), Type.money(programme.currency()), false, programme.currency(), "spend");
            if (amount == null) return null;
            if (amount < 0) {
                sink.report("E212", valueSpan, "spend cannot be negative", "spend is the cumulative amount spent by the end of the month");
                return null;
            }
            return new Observation(month, Kind.SPEND, name, -1, amount, group, note, valueSpan);
        }
        var indicator = programme.indicator(name);
        if (indicator.isPresent()) {
            Indicator i = indicator.get();
            Double v = quantity(valueSpan, value.text(), i.unit().type(), i.unit().percent(), i.unit().name(), "indicator '" + name + "'");
            if (v == null) return null;
            if (i.unit().percent() && (v < -1e-12 || v > 1 + 1e-12)) {
                sink.report("E212", valueSpan, "indicator '" + name + "' is a percentage; " + value.text() + " is outside 0%..100%",
                        "write the share as a percentage between 0% and 100%");
                return null;
            }
            if (i.unit().counts() && v < 0) {
                sink.report("E212", valueSpan, "indicator '" + name + "' counts " + i.unit().name() + "; it cannot be negative",
                        "a count is 0 or more");
                return null;
            }
            if (i.value() == null) sink.report("W203", whatSpan, name);
            else if (!group.isEmpty()) sink.report("W201", fieldSpan(lineNumber, fields.get(columns.get("group"))), group);
            else if (!ReportingMonths.observable(i, month, programme.horizon())) {
                sink.report("W202", whatSpan, name, month, ReportingMonths.months(i, programme.horizon()),
                        i.target() == null ? programme.horizon() : i.target().byMonth());
            }
            return new Observation(month, Kind.INDICATOR, name, i.index(), v, group, note, valueSpan);
        }
        var milestone = programme.milestone(name);
        if (milestone.isPresent()) {
            if (!value.text().equalsIgnoreCase("reached")) {
                sink.report("E209", valueSpan, "milestone", name, "'reached'", value.text());
                return null;
            }
            return new Observation(month, Kind.REACHED, name, milestone.get().index(), Double.NaN, group, note, valueSpan);
        }
        var intervention = programme.intervention(name);
        if (intervention.isPresent()) {
            String word = value.text().toLowerCase(Locale.ROOT);
            Kind kind = switch (word) {
                case "started" -> Kind.STARTED;
                case "finished" -> Kind.FINISHED;
                default -> null;
            };
            if (kind == null) {
                sink.report("E209", valueSpan, "intervention", name, "'started' or 'finished'", value.text());
                return null;
            }
            return new Observation(month, kind, name, intervention.get().index(), Double.NaN, group, note, valueSpan);
        }
        List<String> names = new ArrayList<>();
        programme.indicators().forEach(i -> names.add(i.name()));
        programme.milestones().forEach(m -> names.add(m.name()));
        programme.interventions().forEach(i -> names.add(i.name()));
        names.add("spend");
        String close = Suggestions.didYouMean(name, names);
        sink.report("E207", name.isEmpty() ? rowSpan : whatSpan, name,
                close.isEmpty() ? "a row names an indicator, a milestone, an intervention or spend" : close);
        return null;
    }

    /** The programme month of a date field, or null (reported) when it is not a date within the horizon. */
    private Integer month(int lineNumber, CsvRows.Field date) {
        Span span = fieldSpan(lineNumber, date);
        String text = date.text();
        int month;
        if (text.matches("\\d{1,4}")) {
            month = Integer.parseInt(text);
        } else {
            Matcher m = MONTH.matcher(text);
            if (!m.matches()) {
                sink.report("E204", span, text);
                return null;
            }
            try {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (m.group(3) != null) ym.atDay(Integer.parseInt(m.group(3)));
                month = (int) (programme.start().until(ym, java.time.temporal.ChronoUnit.MONTHS) + 1);
            } catch (DateTimeException e) {
                sink.report("E204", span, text);
                return null;
            }
        }
        if (month < 1 || month > programme.horizon()) {
            String where = month < 1 ? "before the programme's start" : "after its last month";
            sink.report("E205", span, text, where, programme.start(), programme.calendarMonth(programme.horizon()), programme.horizon());
            return null;
        }
        return month;
    }

    /**
     * A number in {@code type}: bare, or with its unit written after it
     * ({@code 14%}, {@code 1200 EUR}, {@code 12 firms}). A percentage must be
     * written with {@code %} (is 14 a share of 14 or of 1400%?).
     */
    private Double quantity(Span span, String text, Type type, boolean percent, String unitName, String what) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches() || !NUMBER.matcher(m.group(1)).matches() || m.group(1).replaceAll("[-+._eE]", "").isEmpty()) {
            sink.report("E208", span, "'" + text + "' is not a number", "write a number, e.g. 12, 0.5 or 14%; no thousands separators");
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(m.group(1).replace("_", ""));
        } catch (NumberFormatException e) {
            sink.report("E208", span, "'" + text + "' is not a number", "write a number, e.g. 12, 0.5 or 14%");
            return null;
        }
        if (!Double.isFinite(number)) {
            sink.report("E208", span, "'" + text + "' is not a finite number", "write a number, e.g. 12, 0.5 or 14%");
            return null;
        }
        String unit = m.group(2);
        if (percent) {
            if (!"%".equals(unit)) {
                sink.report("E208", span, what + " is a percentage, but '" + text + "' is not",
                        "write it with %, e.g. " + Double.toString(number).replaceAll("\\.0$", "") + "%");
                return null;
            }
            return number / 100;
        }
        if (unit == null) return number;
        if (type.kind() == Type.Kind.MONEY) {
            if (unit.equals(type.currency())) return number;
            sink.report("E208", span, what + " is in " + type.currency() + ", not " + unit,
                    "convert the amount to " + type.currency() + ", or leave the unit out");
            return null;
        }
        if (unit.equals("%") || unit.matches("[A-Z]{3}")) {
            sink.report("E208", span, what + " counts " + unitName + ", not " + unit, "write the number alone, or with its unit: 12 " + unitName);
            return null;
        }
        if (!unit.equals(unitName)) {
            sink.report("E208", span, what + " counts " + unitName + ", not " + unit, "write the number alone, or with its unit: 12 " + unitName);
            return null;
        }
        return number;   // a count with its word: 12 firms
    }

    private Span fieldSpan(int line, CsvRows.Field field) {
        return lineSpan(line, field.column(), Math.max(1, field.text().length()));
    }

    /** {@code length} characters from {@code column} of 1-based {@code line} (0: the whole line). */
    private Span lineSpan(int line, int column, int length) {
        if (line - 1 >= lineStarts.size()) return Span.at(source, source.text().length());
        int start = lineStarts.get(line - 1) + column - 1;
        int lineEnd = line < lineStarts.size() ? lineStarts.get(line) - 1 : source.text().length();
        int end = length == 0 ? lineEnd : Math.min(lineEnd, start + length);
        return new Span(source, Math.min(start, lineEnd), Math.max(Math.min(start, lineEnd), end));
    }
}
