package dev.marshall.check;

import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.model.Expr;
import dev.marshall.model.Function;
import dev.marshall.model.Limits;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of fns nest at most {@link Limits#MAX_CALL_DEPTH} deep (E063). Without
 * recursion (E061) the deepest nesting is the longest chain of calls f → g → h
 * …, known before any run: refusing it here means a programme that checks
 * clean never meets the engines' run-time guard (E081). The depth of each fn
 * is computed once (memoised), so the check is linear in the calls written.
 */
final class CallDepthCheck implements Check {

    @Override
    public List<String> codes() { return List.of("E063"); }

    @Override
    public void check(Programme p, DiagnosticSink sink) {
        List<Function> fns = p.functions();
        int[] depth = new int[fns.size()];   // 0: not computed yet; -1: being computed (a cycle, E061's business)
        int[] next = new int[fns.size()];    // the callee on the deepest chain, or -1
        List<List<Expr.Call>> calls = new ArrayList<>();
        for (Function f : fns) calls.add(RecursionCheck.calls(f.body(), new ArrayList<>()));
        int deepest = -1;
        for (int f = 0; f < fns.size(); f++) {
            if (depthOf(f, calls, depth, next) > Limits.MAX_CALL_DEPTH && (deepest < 0 || depth[f] > depth[deepest])) deepest = f;
        }
        if (deepest < 0) return;
        Function f = fns.get(deepest);
        sink.report("E063", f.nameSpan(), depth[deepest], chain(deepest, fns, next), Limits.MAX_CALL_DEPTH);
    }

    /** How deep calls nest when {@code f} is called: 1 for a fn that calls no other. Iterative callers keep the stack small. */
    private static int depthOf(int f, List<List<Expr.Call>> callsOf, int[] depth, int[] next) {
        if (depth[f] != 0) return Math.max(depth[f], 0);
        // An explicit stack: a chain of thousands of fns must not overflow the checker's own stack.
        List<int[]> stack = new ArrayList<>();
        stack.add(new int[] {f, 0});
        depth[f] = -1;
        while (!stack.isEmpty()) {
            int[] top = stack.get(stack.size() - 1);
            int g = top[0];
            List<Expr.Call> calls = callsOf.get(g);
            if (top[1] < calls.size()) {
                int h = calls.get(top[1]++).function();
                if (h >= 0 && h < callsOf.size() && depth[h] == 0) {
                    depth[h] = -1;
                    stack.add(new int[] {h, 0});
                }
                continue;
            }
            int best = 0;
            next[g] = -1;
            for (Expr.Call c : calls) {
                int h = c.function();
                if (h >= 0 && h < callsOf.size() && depth[h] > best) {
                    best = depth[h];
                    next[g] = h;
                }
            }
            depth[g] = best + 1;
            stack.remove(stack.size() - 1);
        }
        return depth[f];
    }

    /** {@code g0 → g1 → … → g299}: the first three and the last two of a long chain. */
    private static String chain(int f, List<Function> fns, int[] next) {
        List<String> names = new ArrayList<>();
        for (int g = f; g >= 0; g = next[g]) names.add(fns.get(g).name());
        if (names.size() > 6) names = List.of(names.get(0), names.get(1), names.get(2), "…", names.get(names.size() - 2), names.get(names.size() - 1));
        return String.join(" → ", names);
    }
}
