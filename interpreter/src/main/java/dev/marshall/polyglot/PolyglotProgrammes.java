package dev.marshall.polyglot;

import dev.marshall.model.Compilation;
import dev.marshall.truffle.ProgrammeObjects;

/** The {@link ProgrammeObjects} service: each evaluated source becomes a {@link ProgrammeObject}. */
public final class PolyglotProgrammes implements ProgrammeObjects {
    @Override
    public Object of(Compilation compilation) {
        return new ProgrammeObject(compilation);
    }
}
