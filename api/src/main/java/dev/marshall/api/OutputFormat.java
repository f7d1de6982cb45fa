package dev.marshall.api;

import dev.marshall.emit.Format;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every document {@link Programme#emit} writes: the formats of {@code marshall emit --format} (docs/formats.md). */
public enum OutputFormat {
    /** The logframe as Markdown. */
    LOGFRAME_MD(Format.LOGFRAME_MD),
    /** The logframe as an HTML page. */
    LOGFRAME_HTML(Format.LOGFRAME_HTML),
    /** The logframe as a CSV table. */
    CSV(Format.CSV),
    /** The whole logframe as JSON, for other tools. */
    JSON(Format.JSON),
    /** IATI 2.03 activity XML. */
    IATI(Format.IATI),
    /** Indicator reference sheets as Markdown. */
    SHEETS_MD(Format.SHEETS_MD),
    /** The reporting calendar as CSV. */
    CALENDAR_CSV(Format.CALENDAR_CSV),
    /** The donor workbook (logframe, indicators, workplan, budget by year): bytes, not text. */
    XLSX(Format.XLSX);

    private final Format format;

    OutputFormat(Format format) {
        this.format = format;
    }

    /**
     * The name {@code marshall emit --format} takes.
     *
     * @return e.g. {@code logframe-md}
     */
    public String id() {
        return format.id();
    }

    /**
     * The file name {@code marshall report} gives this document.
     *
     * @return e.g. {@code logframe.md}
     */
    public String fileName() {
        return format.fileName();
    }

    /**
     * The format named {@code id} as the command line writes it, in any case.
     *
     * @param id e.g. {@code logframe-md}
     * @return the format, or empty when there is none of that name
     */
    public static Optional<OutputFormat> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) if (f.id().equals(wanted)) return Optional.of(f);
        return Optional.empty();
    }

    /**
     * Every format's {@link #id()}, in the order of {@link #values()}: for help texts and error messages.
     *
     * @return the ids
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(OutputFormat::id).toList();
    }

    /**
     * Whether the document is bytes (the workbook) rather than text: write it with
     * {@link Programme#emit(OutputFormat, Forecast, java.io.OutputStream)}.
     *
     * @return true for {@link #XLSX}
     */
    public boolean binary() {
        return format.emitter().binary();
    }

    Format format() {
        return format;
    }
}
