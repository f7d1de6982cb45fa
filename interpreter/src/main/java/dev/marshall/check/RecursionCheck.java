package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * fns do not call themselves, directly or through others (E061): they are
 * formulas, and a recursion would never end in a simulation that has no
 * other loop than the months.
 */
final class RecursionCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E061"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        List<Function> fns = p.functions();
        int[] colour = new int[fns.size()];
        for (int i = 0; i < fns.size(); i++) {
            if (colour[i] == 0) visit(i, fns, colour, new ArrayList<>(), sink);
        }
    }

    private void visit(int f, List<Function> fns, int[] colour, List<Integer> path, DiagnosticSink sink) {
        colour[f] = 1;
        path.add(f);
        for (Expr.Call call : calls(fns.get(f).body(), new ArrayList<>())) {
            int g = call.function();
            if (g < 0 || g >= fns.size()) continue;
            if (colour[g] == 1) {
                StringBuilder names = new StringBuilder();
                for (int k : path.subList(path.indexOf(g), path.size())) names.append(fns.get(k).name()).append(" → ");
                names.append(fns.get(g).name());
                sink.report("E061", call.span(), names).related(fns.get(g).nameSpan(), "'" + fns.get(g).name() + "' is declared here");
            } else if (colour[g] == 0) {
                visit(g, fns, colour, path, sink);
            }
        }
        path.remove(path.size() - 1);
        colour[f] = 2;
    }

    static List<Expr.Call> calls(Expr e, List<Expr.Call> out) {
        if (e == null) return out;
        switch (e) {
            case Expr.Call c -> {
                out.add(c);
                c.args().forEach(a -> calls(a, out));
            }
            case Expr.Unary u -> calls(u.operand(), out);
            case Expr.Binary b -> {
                calls(b.left(), out);
                calls(b.right(), out);
            }
            case Expr.Conditional c -> {
                calls(c.condition(), out);
                calls(c.whenTrue(), out);
                calls(c.whenFalse(), out);
            }
            case Expr.BuiltinCall c -> c.args().forEach(a -> calls(a, out));
            case Expr.Draw d -> d.args().forEach(a -> calls(a, out));
            case Expr.Aggregate a -> calls(a.body(), out);
            case Expr.ListOf l -> l.items().forEach(i -> calls(i, out));
            default -> { }
        }
        return out;
    }
}
