package dev.marshall.lsp;

/** The server's version: the implementation version of its jar, or "dev" when run from classes. */
final class Version {
    private Version() {}

    static String of() {
        String v = Version.class.getPackage() == null ? null : Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
