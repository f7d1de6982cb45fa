package dev.marshall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every package dependency of the interpreter points one way: the compiled
 * main classes are read with the JDK's own {@code jdeps} (so a fully
 * qualified name in code counts, a name in a comment does not), each package
 * is folded into its top-level package under {@code dev.marshall}
 * ({@code truffle.nodes.control} is {@code truffle}), and the graph must have
 * no cycle. The graph is written to {@code target/package-dependencies.txt}.
 */
class PackageDependenciesTest {
    private static final String ROOT = "dev.marshall";
    private static final Pattern EDGE = Pattern.compile("^\\s*(dev\\.marshall[\\w.]*)\\s+->\\s+(dev\\.marshall[\\w.]*)\\s");

    @Test
    void noPackageCycle() throws Exception {
        Map<String, Set<String>> graph = graph(mainClasses());
        // Guard against a vacuous pass (jdeps read nothing): the layers named in the docs must be there.
        assertTrue(graph.getOrDefault("simulation", Set.of()).contains("truffle"), "simulation -> truffle: " + graph);
        assertTrue(graph.getOrDefault("truffle", Set.of()).contains("run"), "truffle -> run: " + graph);
        Files.writeString(Path.of("target", "package-dependencies.txt"), render(graph), StandardCharsets.UTF_8);

        List<Set<String>> cycles = cycles(graph);
        if (!cycles.isEmpty()) {
            StringBuilder why = new StringBuilder("package cycles (make the dependency point one way):\n");
            for (Set<String> cycle : cycles) {
                why.append("  ").append(cycle).append('\n');
                for (String from : cycle) {
                    for (String to : graph.get(from)) if (cycle.contains(to)) why.append("    ").append(from).append(" -> ").append(to).append('\n');
                }
            }
            fail(why.toString());
        }
    }

    @Test
    void theCycleFinderFindsCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", new TreeSet<>(List.of("b")));
        graph.put("b", new TreeSet<>(List.of("c", "d")));
        graph.put("c", new TreeSet<>(List.of("a")));
        graph.put("d", new TreeSet<>());
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
        graph.get("c").clear();
        assertEquals(List.of(), cycles(graph));
    }

    private static Path mainClasses() throws URISyntaxException {
        return Path.of(Compiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Top-level package → the top-level packages it uses, from {@code jdeps -verbose:package}. */
    static Map<String, Set<String>> graph(Path classes) throws IOException {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("the JDK has no jdeps"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-e", "dev\\.marshall(\\..*)?", classes.toString());
        assertEquals(0, status, "jdeps failed: " + err);
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (!m.find()) continue;
            String from = topLevel(m.group(1));
            String to = topLevel(m.group(2));
            graph.computeIfAbsent(to, k -> new TreeSet<>());
            if (!from.equals(to)) graph.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
            else graph.computeIfAbsent(from, k -> new TreeSet<>());
        }
        return graph;
    }

    /** {@code dev.marshall.truffle.nodes} → {@code truffle}; the root package itself is {@code dev.marshall}. */
    private static String topLevel(String pkg) {
        if (pkg.equals(ROOT)) return ROOT;
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String render(Map<String, Set<String>> graph) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
            text.append(e.getKey()).append(" -> ").append(String.join(", ", e.getValue())).append('\n');
        }
        return text.toString();
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted, in order of their first package. */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) connect(node, graph, index, low, stack, onStack, found);
        }
        found.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) found.add(component);
        }
    }
}
