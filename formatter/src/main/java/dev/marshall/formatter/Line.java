package dev.marshall.formatter;

import java.util.ArrayList;
import java.util.List;

/**
 * One output line while the layout is built: its indentation, its text, and
 * where its alignment cells end ({@code cuts}). Lines of the same kind next to
 * each other get their cells padded to a common width by {@link Alignment}
 * (the {@code =} of properties, the {@code :} of actors). {@code gaps} holds,
 * per cut, how far apart the author had put the cell and the next one on the
 * input line (-1 when unknown), so an alignment wider than needed survives.
 */
final class Line {
    /** Lines of comments: they neither join nor break a run of aligned lines. */
    static final String COMMENT = "comment";

    final int indent;
    final String kind;
    boolean blankBefore;
    final int unit;
    final StringBuilder text = new StringBuilder();
    final List<Integer> cuts = new ArrayList<>();
    final List<Integer> gaps = new ArrayList<>();
    /** Per cut: whether the cell is padded on the left (an assignment's operator: {@code =} under {@code +=}). */
    final List<Boolean> rightAligned = new ArrayList<>();
    /** Input lines this output line came from (for range formatting). */
    int inputFirst;
    int inputLast;

    /** Input position of the first token of the current cell; line -1 when none yet. */
    int cellStartLine = -1;
    int cellStartColumn;
    /** A cut was made and waits for the first token of the next cell to know its gap. */
    boolean awaitingCell;

    Line(int indent, String kind, boolean blankBefore, int unit, int inputLine) {
        this.indent = indent;
        this.kind = kind;
        this.blankBefore = blankBefore;
        this.unit = unit;
        this.inputFirst = inputLine;
        this.inputLast = inputLine;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Records where a token of the input starts, for the gap of the cell it begins. */
    void tokenAt(int line, int column) {
        if (awaitingCell) {
            awaitingCell = false;
            gaps.add(cellStartLine == line ? column - cellStartColumn : -1);
            cellStartLine = line;
            cellStartColumn = column;
        } else if (cellStartLine < 0) {
            cellStartLine = line;
            cellStartColumn = column;
        }
    }

    /** Ends the current cell here. */
    void cut(boolean alignRight) {
        if (awaitingCell) return;
        cuts.add(text.length());
        rightAligned.add(alignRight);
        awaitingCell = true;
    }

    /** Cells that were cut but never followed by a token are not cells. */
    void finish() {
        if (awaitingCell) {
            cuts.remove(cuts.size() - 1);
            rightAligned.remove(rightAligned.size() - 1);
            awaitingCell = false;
        }
    }
}
