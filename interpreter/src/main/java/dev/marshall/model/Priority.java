package dev.marshall.model;

import dev.marshall.source.Span;

/** One line of {@code priorities { a over b }}: the trade-off the programme chooses. */
public record Priority(Objective preferred, Objective over, Span span) {

    /** The objectives a programme trades off, in pairs: inclusiveness/growth, depth/breadth, tomorrow/today. */
    public enum Objective {
        INCLUSIVENESS, GROWTH, DEPTH, BREADTH, TOMORROW, TODAY;

        public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }

        /** The other side of this objective's pair. */
        public Objective opposite() {
            return switch (this) {
                case INCLUSIVENESS -> GROWTH;
                case GROWTH -> INCLUSIVENESS;
                case DEPTH -> BREADTH;
                case BREADTH -> DEPTH;
                case TOMORROW -> TODAY;
                case TODAY -> TOMORROW;
            };
        }
    }
}
