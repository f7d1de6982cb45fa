package dev.marshall.model;

/** {@code focus} of a programme: whether it aims first at reaching the poor or at cluster growth. */
public enum Focus {
    PRO_POOR, GROWTH;

    public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
}
