package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code assumption "…"}: a condition outside the programme's control that the logframe relies on. */
public record Assumption(String text, Span span, String doc) {}
