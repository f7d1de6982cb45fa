package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Expr;
import dev.marshall.model.Indicator;
import dev.marshall.model.Intervention;
import dev.marshall.model.Milestone;
import dev.marshall.model.Network;
import dev.marshall.model.NetworkWork;
import dev.marshall.model.Programme;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * W230: a network an intervention forms or strengthens, that no indicator or
 * milestone reads. Its growth is simulated, but nothing reports it, so the
 * forecast says nothing about the work's result.
 */
final class NetworkReadCheck implements Check {

    @Override
    public List<String> codes() { return List.of("W230"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        Set<String> read = new HashSet<>();
        for (Indicator i : p.indicators()) collect(i.value(), read);
        for (Milestone m : p.milestones()) collect(m.when(), read);
        for (Network n : p.networks()) {
            if (read.contains(n.name())) continue;
            List<Intervention> work = new java.util.ArrayList<>(NetworkWork.formers(p, n));
            work.addAll(NetworkWork.strengtheners(p, n));
            if (work.isEmpty()) continue;
            Intervention first = work.getFirst();
            String property = NetworkWork.named(first, "forms").contains(n.name()) ? "forms" : "strengthens";
            sink.report("W230", n.nameSpan(), n.name(), first.name(), property)
                    .related(first.properties().valueSpanOf(property, first.nameSpan()), property + " it here");
        }
    }

    /** The networks whose state an expression reads. */
    private static void collect(Expr e, Set<String> out) {
        if (e == null) return;
        switch (e) {
            case Expr.NetworkState n -> out.add(n.network());
            case Expr.Unary u -> collect(u.operand(), out);
            case Expr.Binary b -> { collect(b.left(), out); collect(b.right(), out); }
            case Expr.Conditional c -> { collect(c.condition(), out); collect(c.whenTrue(), out); collect(c.whenFalse(), out); }
            case Expr.Call c -> c.args().forEach(a -> collect(a, out));
            case Expr.BuiltinCall c -> c.args().forEach(a -> collect(a, out));
            case Expr.Aggregate a -> collect(a.body(), out);
            case Expr.OwnProperty o -> collect(o.value(), out);
            default -> { }
        }
    }
}
