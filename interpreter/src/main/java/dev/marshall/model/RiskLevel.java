package dev.marshall.model;

/** {@code risk = low | high} of an intervention: high-risk work should wait until trust has grown. */
public enum RiskLevel {
    LOW, HIGH;

    public String keyword() { return name().toLowerCase(java.util.Locale.ROOT); }
}
