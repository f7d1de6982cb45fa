package dev.marshall.truffle;

import dev.marshall.model.Programme;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The translations a language instance made, so that a programme simulated
 * again on the same polyglot engine (a host's {@code Marshall}, the language
 * server's forecast) runs the call targets it already has — and the machine
 * code Truffle compiled for them — instead of translating anew and compiling
 * from scratch. The language's contexts share one instance per engine
 * ({@code ContextPolicy.SHARED}), so the cache is per engine.
 *
 * <p>A programme is found by value (the semantic model is made of records)
 * together with the params fixed by {@code --set}. Its spans name the source
 * file object it was checked from, so in practice it is the same checked
 * programme simulated again (what a host does with a loaded programme) that is
 * found; text checked anew is translated anew. The cache keeps the few most
 * recently used ones:
 * enough for a host that alternates between proposals, bounded for a language
 * server that sees a new programme at every keystroke.
 */
final class TranslationCache {
    /** Translations kept; each holds a programme's node tree (and, once compiled, its machine code). */
    static final int CAPACITY = 8;

    private record Key(Programme programme, Map<String, Double> fixed, boolean bytecode) {}

    private final Map<Key, ProgrammeTranslator.Translation> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ProgrammeTranslator.Translation> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The translation of {@code programme} with {@code fixed}, made by {@code translate} when none is kept. */
    ProgrammeTranslator.Translation get(Programme programme, Map<String, Double> fixed, boolean bytecode,
                                        Supplier<ProgrammeTranslator.Translation> translate) {
        Key key = new Key(programme, Map.copyOf(fixed), bytecode);
        synchronized (recent) {
            ProgrammeTranslator.Translation kept = recent.get(key);
            if (kept != null) return kept;
        }
        // Translated outside the lock: two threads may translate the same programme at once, and
        // the second result simply replaces the first (both are correct).
        ProgrammeTranslator.Translation made = translate.get();
        synchronized (recent) {
            recent.put(key, made);
        }
        return made;
    }
}
