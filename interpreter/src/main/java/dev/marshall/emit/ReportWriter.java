package dev.marshall.emit;

import dev.marshall.emit.html.HtmlReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes {@code marshall report}'s folder: {@code index.html} and every
 * {@link Format} beside it, so that the folder always holds one complete run.
 * All documents are rendered in memory first (a failure while rendering writes
 * nothing); they are written into a temporary sibling folder
 * ({@code .NAME.<pid>-<random>.partial}), which is then swapped in for the
 * folder: the old folder is renamed aside, the new one renamed into place, the
 * old one removed. A killed or failed run leaves the old report whole;
 * temporary folders of runs whose process is gone are removed by the next run.
 *
 * <p>Because the whole folder is replaced, a folder is written into only when
 * it is new, empty, or holds nothing but a report's files: never a folder
 * holding an input of the run or any other file ({@link #checkFolder}).
 */
public final class ReportWriter {
    public static final String INDEX = "index.html";
    private static final String PARTIAL = ".partial";
    private static final String OLD = ".old";

    private ReportWriter() {}

    /**
     * The text documents of the report, by file name, in writing order (the
     * index last); the binary ones (the workbook) are in {@link #documents}.
     */
    public static Map<String, String> render(Framework framework) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (Format f : Format.values()) if (!f.binary()) documents.put(f.fileName(), f.emitter().render(framework));
        documents.put(INDEX, new HtmlReport().render(framework));
        return documents;
    }

    /** Every file of the report as bytes, by file name, in writing order (the index last). */
    public static Map<String, byte[]> documents(Framework framework) {
        return documents(framework, new HtmlReport());
    }

    /** As {@link #documents(Framework)}, the index rendered by {@code index} (e.g. with the monitoring section). */
    public static Map<String, byte[]> documents(Framework framework, HtmlReport index) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (Format f : Format.values()) documents.put(f.fileName(), f.emitter().bytes(framework));
        documents.put(INDEX, index.render(framework).getBytes(StandardCharsets.UTF_8));
        return documents;
    }

    /** The names of the files a report consists of. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (Format f : Format.values()) names.add(f.fileName());
        names.add(INDEX);
        return names;
    }

    /** Renders and writes the report into {@code folder}; returns the files written, the index last. */
    public static List<Path> write(Path folder, Framework framework) throws IOException {
        return write(folder, framework, List.of());
    }

    /** As {@link #write(Path, Framework)}, refusing a folder that holds one of {@code inputs}. */
    public static List<Path> write(Path folder, Framework framework, Collection<Path> inputs) throws IOException {
        return write(folder, framework, inputs, new HtmlReport());
    }

    /** As {@link #write(Path, Framework, Collection)}, the index rendered by {@code index}. */
    public static List<Path> write(Path folder, Framework framework, Collection<Path> inputs, HtmlReport index) throws IOException {
        Path target = checkFolder(folder, inputs);
        Map<String, byte[]> documents = documents(framework, index);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeStale(parent, name);
        String run = ProcessHandle.current().pid() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path partial = parent.resolve("." + name + "." + run + PARTIAL);
        Path aside = parent.resolve("." + name + "." + run + OLD);
        boolean swapped = false;
        try {
            Files.createDirectory(partial);
            keepPermissions(target, partial);
            for (Map.Entry<String, byte[]> document : documents.entrySet()) {
                writeNew(partial.resolve(document.getKey()), document.getValue());
            }
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists) Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (exists) Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            swapped = true;
        } finally {
            if (!swapped) removeTree(partial);
        }
        try {
            removeTree(aside);
        } catch (IOException e) {
            // the report is in place; the next run removes what is left of the old one
        }
        List<Path> written = new ArrayList<>();
        for (String file : documents.keySet()) written.add(folder.resolve(file));
        return written;
    }

    /**
     * Checks, before any work, that the report may be written into {@code folder}:
     * returns the absolute folder that will be replaced (the target of a symbolic
     * link), or throws with the reason (a reason naming the entry in the way).
     */
    public static Path checkFolder(Path folder, Collection<Path> inputs) throws IOException {
        if (folder.toString().isEmpty()) throw new FileSystemException("", null, "an empty path is not a folder name");
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null) throw new FileSystemException(folder.toString(), null, "is the root folder");
        for (Path input : inputs) {
            if (input != null && AtomicFiles.holds(absolute, input)) {
                throw new FileSystemException(folder.toString(), null, "holds an input of this run (" + input
                        + "), and the report replaces the whole folder; choose another folder");
            }
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) return absolute;
        Path real = absolute.toRealPath();
        if (!Files.isDirectory(real)) throw new FileSystemException(folder.toString(), null, "is a file, not a folder");
        if (real.getParent() == null) throw new FileSystemException(folder.toString(), null, "is the root folder");
        List<String> reportFiles = fileNames();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(real)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean temporary = name.startsWith(".") && name.endsWith(".tmp");
                if (temporary) continue;   // left by an earlier, killed run; goes with the old folder
                if (!reportFiles.contains(name)) {
                    throw new FileSystemException(folder.toString(), null, "holds '" + name
                            + "', which is not part of a report, and the report replaces the whole folder; choose a new or empty folder");
                }
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(folder.toString(), null, "'" + folder.resolve(name) + "' is "
                            + (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a regular file")
                            + " where the report's file should be; remove it");
                }
            }
        }
        return real;
    }

    private static void writeNew(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) channel.write(buffer);
            channel.force(true);
        }
    }

    private static void keepPermissions(Path existing, Path created) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null || !Files.isDirectory(existing)) return;
        try {
            Files.setPosixFilePermissions(created, view.readAttributes().permissions());
        } catch (NoSuchFileException gone) {
            // removed meanwhile
        }
    }

    /** Removes {@code .NAME.<pid>-….partial} and {@code .old} folders whose process is gone. Best effort. */
    static void removeStale(Path parent, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && (n.endsWith(PARTIAL) || n.endsWith(OLD));
        })) {
            for (Path entry : entries) {
                String n = entry.getFileName().toString();
                String middle = n.substring(prefix.length(), n.lastIndexOf('.'));
                int dash = middle.indexOf('-');
                if (dash <= 0) continue;
                try {
                    if (ProcessHandle.of(Long.parseLong(middle.substring(0, dash))).isEmpty()) removeTree(entry);
                } catch (NumberFormatException e) {
                    // not ours
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    /** Deletes a folder this class made (never follows symbolic links). */
    private static void removeTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) throw failure;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
