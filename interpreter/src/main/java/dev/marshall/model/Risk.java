package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code risk "…" mitigation "…"}: a logframe risk and how the programme answers it ({@code mitigation} may be ""). */
public record Risk(String text, String mitigation, Span span, String doc) {}
