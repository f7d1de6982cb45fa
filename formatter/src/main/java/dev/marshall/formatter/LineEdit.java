package dev.marshall.formatter;

/**
 * Replace whole lines {@code firstLine..lastLine} (counted from 1, inclusive,
 * with their line ends) of the original text by {@code replacement}, which
 * ends with a line end. What range formatting returns: an editor applies it as
 * the range from ({@code firstLine}, column 1) to the start of the line after
 * {@code lastLine}.
 */
public record LineEdit(int firstLine, int lastLine, String replacement) {}
