package dev.marshall.model;

import dev.marshall.source.Span;
import java.util.List;

/**
 * {@code result id : impact|outcome|output { statement = "…"; contributes = …; delivered_by = [ … ] }}: one
 * results statement of the logframe, in the designer's own words. {@code contributesTo} is the result of the
 * level above it (null when not written: an outcome then serves the goal); {@code deliveredBy} are the
 * interventions (the activities) that deliver an output. Pillars stay a classification of interventions.
 */
public record Result(String name, int index, Level level, String statement, String contributesTo,
                     List<String> deliveredBy, Properties properties, Span span, Span nameSpan, String doc)
        implements Declaration {

    public Result {
        deliveredBy = List.copyOf(deliveredBy);
    }

    public String kind() { return "result"; }
}
