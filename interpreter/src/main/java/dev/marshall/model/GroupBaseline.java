package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code baseline women = 10}: an indicator's baseline for one group of a disaggregation. */
public record GroupBaseline(String group, double value, Span span) {}
