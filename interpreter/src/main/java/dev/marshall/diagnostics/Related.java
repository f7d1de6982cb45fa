package dev.marshall.diagnostics;

import dev.marshall.source.Span;

/** Another location that contributes to a diagnostic, with what it shows ("first declared here"). */
public record Related(Span span, String label) {}
