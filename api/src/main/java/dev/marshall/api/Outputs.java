package dev.marshall.api;

import dev.marshall.emit.AtomicFiles;
import dev.marshall.emit.ReportWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The rules every output file of Marshall keeps, for a host that writes
 * documents itself: an output never replaces an input (the programme or a
 * module it uses) nor anything but a regular file (a folder, a device, a
 * pipe), and it is written to a temporary file beside the target and then
 * renamed over it, so a reader never sees half a file. A symbolic link stays
 * a link; its target is rewritten.
 */
public final class Outputs {
    /** The report's main page, in the folder {@link Programme#writeReport} writes. */
    public static final String REPORT_INDEX = ReportWriter.INDEX;

    private Outputs() {}

    /**
     * Checks, before any work, that {@code target} may be written.
     *
     * @param target the file to write
     * @param inputs the files it must not replace
     * @throws IOException saying why not ({@link Reasons#of} words it)
     */
    public static void checkTarget(Path target, Collection<Path> inputs) throws IOException {
        AtomicFiles.checkTarget(target, inputs);
    }

    /**
     * Checks, before any work, that a report may be written into {@code folder}.
     *
     * @param folder the report's folder (it may not exist yet)
     * @param inputs the files it must not hold
     * @throws IOException saying why not
     */
    public static void checkReportFolder(Path folder, Collection<Path> inputs) throws IOException {
        ReportWriter.checkFolder(folder, inputs);
    }

    /**
     * Writes UTF-8 text atomically under the rules above.
     *
     * @param target the file
     * @param text   its new content
     * @param inputs the files it must not replace
     * @throws IOException when it may not or cannot be written; the target is then unchanged
     */
    public static void write(Path target, String text, Collection<Path> inputs) throws IOException {
        AtomicFiles.write(target, text, inputs);
    }

    /**
     * Writes bytes atomically under the rules above.
     *
     * @param target the file
     * @param bytes  its new content
     * @param inputs the files it must not replace
     * @throws IOException when it may not or cannot be written; the target is then unchanged
     */
    public static void write(Path target, byte[] bytes, Collection<Path> inputs) throws IOException {
        AtomicFiles.write(target, bytes, inputs);
    }

    /**
     * Replaces a file's own content atomically (a programme being reformatted); it keeps its permissions.
     *
     * @param target the file
     * @param text   its new content
     * @throws IOException when it cannot be written; the file is then unchanged
     */
    public static void rewrite(Path target, String text) throws IOException {
        AtomicFiles.write(target, text);
    }
}
