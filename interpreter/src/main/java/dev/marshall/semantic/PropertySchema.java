package dev.marshall.semantic;

import java.util.Set;

/**
 * One property a declaration may have.
 *
 * @param name     as written: {@code duration}
 * @param kind     what its value is written as
 * @param unit     which unit the value must have
 * @param required whether leaving it out is an error (E014)
 * @param missing  what E014 says is missing when a required property is not written
 *                 ("a duration, e.g. duration = 6 months"); the name when nothing better is said
 * @param doc      one line for documentation, completion and hover
 * @param reaches  where its value ends up; never empty for a property the language accepts
 */
public record PropertySchema(String name, ValueKind kind, UnitRule unit, boolean required, String missing, String doc,
                             Set<Reaches> reaches) {

    public PropertySchema {
        reaches = Set.copyOf(reaches);
    }

    static PropertySchema optional(String name, ValueKind kind, UnitRule unit, String doc, Reaches... reaches) {
        return new PropertySchema(name, kind, unit, false, name, doc, Set.of(reaches));
    }

    static PropertySchema required(String name, ValueKind kind, UnitRule unit, String missing, String doc, Reaches... reaches) {
        return new PropertySchema(name, kind, unit, true, missing, doc, Set.of(reaches));
    }
}
