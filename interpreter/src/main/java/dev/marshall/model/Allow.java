package dev.marshall.model;

import dev.marshall.source.Span;

/**
 * {@code allow A05 "reason"}: silences one approach warning, with the reason
 * written down for reviewers. At the top level it covers the whole file; inside
 * a declaration's block, only that declaration ({@code scope} is its span).
 */
public record Allow(String code, String reason, Span span, Span scope) {}
