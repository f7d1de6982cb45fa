package dev.marshall.monitor;

import dev.marshall.monitor.Reforecast.Status;
import dev.marshall.monitor.Reforecast.Status.Word;
import java.util.Locale;

/**
 * How a status is decided (docs/language.md §11.7), in this order: what the
 * actuals already settle (a milestone reached, on time or late; a due month
 * passed without it), then the updated probability: on track from
 * {@value #ON_TRACK}, at risk from {@value #AT_RISK}, off track below.
 */
final class StatusRule {
    static final double ON_TRACK = 0.70;
    static final double AT_RISK = 0.40;

    private StatusRule() {}

    static Status milestone(int due, Integer reachedIn, boolean tracksReached, int asOf, double updatedOnTime) {
        if (reachedIn != null) {
            return reachedIn <= due
                    ? new Status(Word.ON_TRACK, "reached in month " + reachedIn + ", by its due month " + due)
                    : new Status(Word.OFF_TRACK, "reached in month " + reachedIn + ", after its due month " + due);
        }
        if (tracksReached && asOf >= due) return new Status(Word.OFF_TRACK, "its due month " + due + " has passed, not reached");
        return byProbability("P(on time)", updatedOnTime);
    }

    static Status indicator(double updatedTargetMet, String whyNot) {
        if (Double.isNaN(updatedTargetMet)) return new Status(Word.NOT_ASSESSED, whyNot);
        return byProbability("P(target met)", updatedTargetMet);
    }

    private static Status byProbability(String what, double p) {
        String shown = percent(p);
        if (p >= ON_TRACK - 1e-12) return new Status(Word.ON_TRACK, "updated " + what + " " + shown + " >= " + percent(ON_TRACK));
        if (p >= AT_RISK - 1e-12) {
            return new Status(Word.AT_RISK, "updated " + what + " " + shown + " is below " + percent(ON_TRACK) + ", at least " + percent(AT_RISK));
        }
        return new Status(Word.OFF_TRACK, "updated " + what + " " + shown + " < " + percent(AT_RISK));
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.0f%%", p * 100);
    }
}
