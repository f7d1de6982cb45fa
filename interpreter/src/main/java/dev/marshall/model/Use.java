package dev.marshall.model;

import dev.marshall.source.Span;

/** {@code use std.unido} (a library module) or {@code use "lib/common.marshall"} (a file beside the programme). */
public record Use(String module, boolean isPath, Span span) {}
