package dev.marshall.emit.xlsx;

/**
 * A column of a sheet: its header and its width in characters. Compared by
 * identity, so two year columns with the same width are still two columns.
 */
final class Column {
    final String title;
    final int width;
    final boolean upright;

    Column(String title, int width) {
        this(title, width, false);
    }

    private Column(String title, int width, boolean upright) {
        this.title = title;
        this.width = width;
        this.upright = upright;
    }

    /** A narrow column whose header is turned upright (a month of the Gantt grid). */
    static Column upright(String title) {
        return new Column(title, 3, true);
    }

    @Override
    public String toString() {
        return title;
    }
}
