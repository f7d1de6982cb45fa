package dev.marshall.approach;

import dev.marshall.check.Check;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Milestone;
import dev.marshall.model.Programme;
import java.util.List;

/**
 * A07: entrepreneurs stay motivated only if they see tangible benefits early;
 * a programme needs a visible quick win in its first months (§4).
 */
final class QuickWinRule implements Check {
    static final String CODE = "A07";

    /** The last month a quick win may be due. */
    static final int QUICK_WIN_MONTHS = 6;

    @Override
    public List<String> codes() { return List.of(CODE); }

    @Override
    public void check(Programme programme, DiagnosticSink sink) {
        Milestone first = null;
        for (Milestone m : programme.milestones()) {
            if (m.due() <= 0) return; // no readable due month: an error of its own
            if (m.due() <= QUICK_WIN_MONTHS) return;
            if (first == null || m.due() < first.due()) first = m;
        }
        if (first == null) {
            sink.report(CODE, Where.programme(programme), "there are no milestones");
        } else {
            sink.report(CODE, first.properties().spanOf("due", first.nameSpan()),
                    "the first, '" + first.name() + "', is due in month " + first.due());
        }
    }
}
