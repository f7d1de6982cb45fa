package dev.marshall.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The rules every file Marshall reads as input keeps to (a programme, a module
 * it {@code use}s): it is a regular file — never a FIFO (opening one for
 * reading waits forever for a writer), a device ({@code /dev/zero} never ends)
 * or a folder — and it is at most {@link #maxBytes()} long. Both are checked
 * from the file's attributes before it is opened, and the read itself stops
 * one byte past the limit, so a file that grows meanwhile is bounded too.
 *
 * <p>Failures are {@link IOException}s whose {@link FileSystemException#getReason()
 * reason} is a few words for users: {@code is a FIFO (named pipe), not a regular file},
 * {@code symbolic link loop}, {@code is 20000000 bytes, more than the limit of …}.
 */
public final class InputFiles {
    /** 16 MiB: hundreds of times a real programme (a 10 MB one still checks), small enough to check in seconds. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    public static final String MAX_BYTES_PROPERTY = "marshall.input.maxBytes";

    private InputFiles() {}

    /** The limit: {@value #MAX_BYTES_PROPERTY} if set to a positive whole number of bytes, else {@value #DEFAULT_MAX_BYTES}. */
    public static long maxBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value == null) return DEFAULT_MAX_BYTES;
        try {
            long n = Long.parseLong(value.trim());
            return n >= 1 ? n : DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    /** The bytes of {@code file}, after {@link #requireReadable}. */
    public static byte[] read(Path file) throws IOException {
        long max = maxBytes();
        requireReadable(file, max);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (bytes.length > max) throw tooLarge(file, -1, max);
            return bytes;
        }
    }

    /** Throws unless {@code file} is a regular file (through symbolic links) of at most {@code max} bytes. */
    public static void requireReadable(Path file, long max) throws IOException {
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) throw new FileSystemException(file.toString(), null, "is a directory");
        if (!attributes.isRegularFile()) throw new FileSystemException(file.toString(), null, kind(file) + ", not a regular file");
        if (attributes.size() > max) throw tooLarge(file, attributes.size(), max);
    }

    /** The attributes of what {@code file} names, telling a loop or a dangling link from a missing file. */
    static BasicFileAttributes attributes(Path file) throws IOException {
        BasicFileAttributes link;
        try {
            link = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        } catch (FileSystemException e) {
            throw explained(file, e);
        }
        if (!link.isSymbolicLink()) return link;
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "is a symbolic link to a file that does not exist");
        } catch (FileSystemException e) {
            throw explained(file, e);
        }
    }

    private static FileSystemException explained(Path file, FileSystemException e) {
        String reason = e.getReason();
        if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
            return new FileSystemException(file.toString(), null, "symbolic link loop");
        }
        return e;
    }

    /** "a FIFO (named pipe)", "a character device", … from the Unix file mode, where there is one. */
    static String kind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "is a FIFO (named pipe)";
                case 0020000 -> "is a character device";
                case 0060000 -> "is a block device";
                case 0140000 -> "is a socket";
                default -> "is a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "is a special file";
        }
    }

    /** A few words for users on why a file could not be read, without the exception's name. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isEmpty()) {
            String r = fs.getReason();   // the JDK's "Not a directory", ours "is a FIFO …": first letter small, paths kept
            return Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** {@code size} is the size the attributes gave, or -1 when the file grew past the limit while it was read. */
    private static FileSystemException tooLarge(Path file, long size, long max) {
        return new FileSystemException(file.toString(), null, "is " + (size < 0 ? "" : size + " bytes, ") + "more than"
                + " the input limit of " + max + " bytes (raise it with -D" + MAX_BYTES_PROPERTY + "=BYTES, see docs/cli.md)");
    }
}
