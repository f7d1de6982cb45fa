package dev.marshall.truffle;

import dev.marshall.model.Compilation;

/**
 * Makes the object that {@code Context.eval("marshall", …)} returns for a
 * checked programme. Its members simulate and emit, so it is built above the
 * simulation driver and the emitters ({@code dev.marshall.polyglot}); the
 * language finds it with {@link java.util.ServiceLoader}, so that the engine
 * does not depend on the layers that drive it.
 */
public interface ProgrammeObjects {
    /** The guest value for {@code compilation} (its diagnostics, declared names, check, simulate, emit). */
    Object of(Compilation compilation);
}
