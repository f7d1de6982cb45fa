package dev.marshall.emit.xlsx;

import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Logframe.IndicatorEntry;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Quantities;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One row per indicator with the fields of an indicator reference sheet
 * (USAID PIRS, TolaActivity): where it sits in the logframe, definition in
 * words, unit, disaggregation, collection method, frequency, source, who is responsible,
 * baseline and target with their dates, and — when simulated — the forecast
 * at the target (p10, p50, p90) and the chance of meeting it. Model
 * expressions are not shown: they belong to the report's technical annex.
 */
final class IndicatorSheet {
    static final String NAME = "Indicators";

    static final Column RESULT = new Column("Result", 24);
    static final Column INDICATOR = new Column("Indicator", 28);
    static final Column ID = new Column("Id", 16);
    static final Column LEVEL = new Column("Level", 9);
    static final Column DEFINITION = new Column("Definition", 40);
    static final Column UNIT = new Column("Unit", 9);
    static final Column DISAGGREGATION = new Column("Disaggregation", 14);
    static final Column METHOD = new Column("Collection method", 30);
    static final Column FREQUENCY = new Column("Frequency", 11);
    static final Column SOURCE = new Column("Data source", 30);
    static final Column RESPONSIBLE = new Column("Responsible", 22);
    static final Column BASELINE = new Column("Baseline", 13);
    static final Column BASELINE_DATE = new Column("Baseline date", 10);
    static final Column TARGET = new Column("Target", 13);
    static final Column TARGET_DATE = new Column("Target date", 10);
    static final Column DIRECTION = new Column("Direction", 10);
    static final Column P10 = new Column("Forecast at target, p10", 13);
    static final Column P50 = new Column("Forecast at target, p50", 13);
    static final Column P90 = new Column("Forecast at target, p90", 13);
    static final Column P_MET = new Column("P(target met)", 9);
    static final Column RATING = new Column("Rating", 11);
    static final Column GROUP_BASELINES = new Column("Baseline per group", 20);
    static final Column ALL_TARGETS = new Column("Targets per year, period and group", 40);
    static final Column P_EACH = new Column("P(each target met)", 24);

    private final Logframe lf;
    private final CellStyles styles;

    IndicatorSheet(Logframe lf, CellStyles styles) {
        this.lf = lf;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook) {
        List<Column> columns = new ArrayList<>(List.of(RESULT, INDICATOR, ID, LEVEL, DEFINITION, UNIT, DISAGGREGATION, METHOD,
                FREQUENCY, SOURCE, RESPONSIBLE, BASELINE, BASELINE_DATE, TARGET, TARGET_DATE, DIRECTION));
        boolean simulated = lf.simulation().isPresent();
        if (simulated) columns.addAll(List.of(P10, P50, P90, P_MET, RATING));
        // Programmes with several targets (per year, period or group) get them in full; others keep their columns.
        boolean several = lf.indicators().stream().anyMatch(IndicatorEntry::severalTargets);
        if (several) columns.addAll(List.of(GROUP_BASELINES, ALL_TARGETS));
        if (several && simulated) columns.add(P_EACH);
        SheetTable table = new SheetTable(workbook.createSheet(NAME), styles, columns, 2);
        for (IndicatorEntry i : lf.indicators()) {
            SheetTable.Line line = table.line()
                    .text(RESULT, lf.placeOf(i)).text(INDICATOR, i.title()).text(ID, i.name()).text(LEVEL, i.levelLabel())
                    .text(DEFINITION, i.definition()).text(UNIT, Quantities.unitLabel(i.unit()))
                    .text(DISAGGREGATION, String.join(", ", i.disaggregation())).text(METHOD, i.method())
                    .text(FREQUENCY, i.frequency())
                    .text(SOURCE, i.source()).text(RESPONSIBLE, i.responsible() == null ? "" : i.responsible().display())
                    .text(DIRECTION, i.ascending() == null ? "" : i.ascending() ? "Increase" : "Decrease");
            if (i.baseline() != null) {
                line.number(BASELINE, i.baseline(), styles.of(i.baseline(), i.unit(), false)).month(BASELINE_DATE, i.baselineMonth());
            }
            if (i.target() != null) {
                line.number(TARGET, i.target().value(), styles.of(i.target().value(), i.unit(), false))
                        .month(TARGET_DATE, i.target().date());
            }
            if (several) line.text(GROUP_BASELINES, Wording.groupBaselines(i)).text(ALL_TARGETS, i.severalTargets() ? Wording.target(i) : "");
            if (!simulated) continue;
            if (several) line.text(P_EACH, i.severalTargets() ? Wording.chances(i) : "");
            i.simulatedAtTarget().ifPresent(q -> {
                forecast(line, P10, q.p10(), i);
                forecast(line, P50, q.p50(), i);
                forecast(line, P90, q.p90(), i);
            });
            line.number(P_MET, i.probabilityTargetMet(), styles.probability());
            if (i.probabilityTargetMet() != null) line.text(RATING, Wording.rating(i.probabilityTargetMet()).words);
        }
    }

    private void forecast(SheetTable.Line line, Column column, double value, IndicatorEntry i) {
        double shown = Quantities.approxValue(value, i.unit());
        line.number(column, shown, styles.of(shown, i.unit(), true));
    }
}
