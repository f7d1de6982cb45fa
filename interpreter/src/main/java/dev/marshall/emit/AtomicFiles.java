package dev.marshall.emit;

import dev.marshall.source.InputFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that nothing is ever destroyed by accident:
 * <ul>
 *   <li>readers see either the old content or the whole new content, never a
 *       half-written file: the bytes go to a temporary file in the same folder
 *       (same file system, so the rename is atomic), are flushed to disk, and
 *       the temporary file is renamed over the target; if anything fails, it is
 *       removed and the target is untouched;</li>
 *   <li>only a regular file (new or existing) is replaced: a folder, a FIFO, a
 *       device or a socket is refused ({@code -o /dev/full} as root once
 *       replaced the system's device node); a symbolic link is written
 *       through — its regular target is replaced, the link stays — and a link
 *       to nothing is refused;</li>
 *   <li>an input of the run (the programme, a module it uses) is never a
 *       target, however it is named ({@link #checkTarget}, same file key);</li>
 *   <li>a new file gets the permissions the umask allows (like any program's
 *       output); an existing file keeps its permissions;</li>
 *   <li>temporary files of earlier runs that were killed (their process is
 *       gone) are removed.</li>
 * </ul>
 * Failures are {@link IOException}s whose {@link FileSystemException#getReason()
 * reason} is a few words for users ({@code is an input of this run}).
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), List.of());
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, List.of());
    }

    /** Writes {@code content} to {@code target}, refusing a target that is one of {@code inputs}. */
    public static void write(Path target, String content, Collection<Path> inputs) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), inputs);
    }

    public static void write(Path target, byte[] content, Collection<Path> inputs) throws IOException {
        Path destination = checkTarget(target, inputs);
        Path folder = destination.getParent();
        Files.createDirectories(folder);
        removeStaleTemporaries(folder, destination.getFileName().toString());
        Path temporary = folder.resolve(temporaryName(destination.getFileName().toString()));
        boolean moved = false;
        try {
            // No permissions given: the file gets 0666 less the umask, as the output of any program does.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            keepPermissions(destination, temporary);
            try {
                Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new FileSystemException(target.toString(), null, "cannot be replaced atomically on this file system");
            }
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(temporary);
        }
    }

    /**
     * Checks, before any work, that {@code target} may be written: returns the
     * absolute path that will be replaced (the target of a symbolic link), or
     * throws with the reason it may not.
     */
    public static Path checkTarget(Path target, Collection<Path> inputs) throws IOException {
        if (target.toString().isEmpty()) throw new FileSystemException("", null, "an empty path is not a file name");
        Path absolute = target.toAbsolutePath();
        if (absolute.getFileName() == null) throw new FileSystemException(target.toString(), null, "is a directory");
        BasicFileAttributes link;
        try {
            link = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return absolute;   // a new file: nothing to destroy
        }
        Path destination = absolute;
        BasicFileAttributes attributes = link;
        if (link.isSymbolicLink()) {
            try {
                destination = absolute.toRealPath();
                attributes = Files.readAttributes(destination, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new FileSystemException(target.toString(), null, "is a symbolic link to nothing; not followed");
            } catch (FileSystemException e) {
                throw new FileSystemException(target.toString(), null, "is a symbolic link that cannot be followed (a loop?)");
            }
        }
        if (attributes.isDirectory()) throw new FileSystemException(target.toString(), null, "is a directory");
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(target.toString(), null, kindOf(destination) + "; only regular files are replaced");
        }
        for (Path input : inputs) {
            if (input != null && sameFile(destination, input)) {
                throw new FileSystemException(target.toString(), null, "is an input of this run (" + input + "); it is never overwritten");
            }
        }
        return destination;
    }

    /** Whether {@code input} lies inside {@code folder} (a folder about to be replaced whole); false if either is missing. */
    public static boolean holds(Path folder, Path input) {
        try {
            Path real = folder.toRealPath();
            Path inputReal = input.toRealPath();
            return inputReal.startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String kindOf(Path file) {
        try {
            InputFiles.requireReadable(file, Long.MAX_VALUE);
            return "is not a regular file";
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "is not a regular file" : e.getReason();
            int comma = reason.indexOf(", not a regular file");
            return comma > 0 ? reason.substring(0, comma) : reason;
        } catch (IOException e) {
            return "is not a regular file";
        }
    }

    private static void keepPermissions(Path existing, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null || !Files.exists(existing)) return;
        try {
            Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
        } catch (NoSuchFileException gone) {
            // removed meanwhile: the new file keeps the umask's permissions
        }
    }

    /** {@code .logframe.md.<pid>-<random>.tmp}: the process id tells a later run whether it is stale. */
    static String temporaryName(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
    }

    /**
     * Removes {@code .NAME.<pid>-….tmp} files whose process is gone (a killed
     * run), and {@code .NAME.<digits>.tmp} files left by versions before the
     * process id was part of the name. Best effort: a failure here never stops a write.
     */
    static void removeStaleTemporaries(Path folder, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, entry -> {
            String n = entry.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path entry : entries) {
                String middle = entry.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                if (isStale(middle)) Files.deleteIfExists(entry);
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static boolean isStale(String middle) {
        int dash = middle.indexOf('-');
        if (dash < 0) return middle.chars().allMatch(Character::isDigit) && !middle.isEmpty();
        try {
            long pid = Long.parseLong(middle.substring(0, dash));
            return ProcessHandle.of(pid).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
