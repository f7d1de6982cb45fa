package dev.marshall.diagnostics;

/** How serious a diagnostic is: errors stop simulation and emission; warnings do not (unless --strict). */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTE("note");

    private final String label;

    Severity(String label) { this.label = label; }

    /** The word printed in {@code file:line:col: error[E010]: ...}. */
    public String label() { return label; }
}
