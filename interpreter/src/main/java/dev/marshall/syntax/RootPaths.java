package dev.marshall.syntax;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Paths of a programme's modules as text, relative to the programme's root,
 * for hosts that hold the files themselves: {@code use "../x"} from
 * {@code lib/a.marshall} is {@code x.marshall}'s sibling, and a path that
 * is absolute or climbs above the root has no name here at all.
 */
final class RootPaths {
    private RootPaths() {}

    /**
     * {@code relative} resolved against the folder of {@code from} (a
     * root-relative file path, "" for the main file): {@code /}-separated,
     * without {@code .} or {@code ..}; null when it is absolute, empty, or
     * leaves the root.
     */
    static String resolve(String from, String relative) {
        if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\") || relative.indexOf(':') >= 0
                || relative.indexOf('\0') >= 0) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        int slash = from.lastIndexOf('/');
        if (slash > 0) for (String p : from.substring(0, slash).split("/")) parts.addLast(p);
        for (String p : relative.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
