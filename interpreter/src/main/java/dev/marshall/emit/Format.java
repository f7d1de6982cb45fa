package dev.marshall.emit;

import dev.marshall.emit.csv.LogframeCsv;
import dev.marshall.emit.csv.ReportingCalendarCsv;
import dev.marshall.emit.html.LogframeHtml;
import dev.marshall.emit.iati.IatiActivities;
import dev.marshall.emit.json.LogframeJson;
import dev.marshall.emit.markdown.LogframeMarkdown;
import dev.marshall.emit.monitoring.ActualsTemplate;
import dev.marshall.emit.markdown.ReferenceSheetsMarkdown;
import dev.marshall.emit.xlsx.LogframeWorkbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every format {@code marshall emit --format} writes, with the file name
 * {@code marshall report} gives it beside {@code index.html}.
 */
public enum Format {
    LOGFRAME_MD("logframe-md", "logframe.md", new LogframeMarkdown()),
    LOGFRAME_HTML("logframe-html", "logframe.html", new LogframeHtml()),
    CSV("csv", "logframe.csv", new LogframeCsv()),
    JSON("json", "logframe.json", new LogframeJson()),
    IATI("iati", "iati-activities.xml", new IatiActivities()),
    SHEETS_MD("sheets-md", "indicator-sheets.md", new ReferenceSheetsMarkdown()),
    CALENDAR_CSV("calendar-csv", "reporting-calendar.csv", new ReportingCalendarCsv()),
    XLSX("xlsx", "logframe.xlsx", new LogframeWorkbook()),
    ACTUALS_TEMPLATE("actuals-template", "actuals-template.csv", new ActualsTemplate());

    private final String id;
    private final String fileName;
    private final Emitter emitter;

    Format(String id, String fileName, Emitter emitter) {
        this.id = id;
        this.fileName = fileName;
        this.emitter = emitter;
    }

    /** The name users write after {@code --format}. */
    public String id() { return id; }

    public String fileName() { return fileName; }

    public Emitter emitter() { return emitter; }

    /** Whether the document is bytes (the workbook), not text: never sent to a terminal. */
    public boolean binary() { return emitter.binary(); }

    public static Optional<Format> byId(String id) {
        for (Format f : values()) if (f.id.equals(id)) return Optional.of(f);
        return Optional.empty();
    }

    /** Every id, for help texts and error messages. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Format f : values()) ids.add(f.id);
        return ids;
    }
}
