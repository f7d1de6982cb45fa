package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code target = value by month N}: the value an indicator should reach by a month. */
public record Target(double value, int byMonth, Span span) {}
