package dev.marshall.truffle.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import dev.marshall.truffle.MarshallLanguage;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Maps model spans to Truffle source sections, so that Truffle tools
 * (debuggers, profilers, stack traces) see guest code where the programme
 * wrote it. One Truffle {@link Source} per {@link SourceFile}.
 */
public final class SourceSections {
    private static final Map<SourceFile, Source> SOURCES = new WeakHashMap<>();

    private SourceSections() {}

    @TruffleBoundary
    public static SourceSection of(Span span) {
        if (span == null) return null;
        Source source;
        synchronized (SOURCES) {
            source = SOURCES.computeIfAbsent(span.file(), f ->
                    Source.newBuilder(MarshallLanguage.ID, f.text(), f.displayPath()).build());
        }
        int length = source.getLength();
        int start = Math.min(span.start(), length);
        return source.createSection(start, Math.min(span.end(), length) - start);
    }
}
