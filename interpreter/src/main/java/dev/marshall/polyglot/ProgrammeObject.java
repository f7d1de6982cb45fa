package dev.marshall.polyglot;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.marshall.model.Compilation;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.emit.Format;
import dev.marshall.emit.Framework;
import dev.marshall.model.Declaration;
import dev.marshall.model.Programme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code Context.eval("marshall", text)} returns: a checked programme
 * other languages (and Java through {@code Value}) read through interop.
 *
 * <ul>
 *   <li>{@code diagnostics}: an array of records with {@code code},
 *       {@code severity} ("error", "warning", "note"), {@code message},
 *       {@code hint}, {@code file}, {@code line} and {@code column};</li>
 *   <li>{@code title}, and one member per declared name (param, cluster,
 *       actor, network, intervention, indicator, milestone, fn, vocabulary),
 *       a record with {@code kind}, {@code name}, {@code line}, {@code column}
 *       and {@code doc}; a declaration named like one of the fixed members is
 *       reachable through {@code declarations} only;</li>
 *   <li>{@code check()}: the diagnostics again;</li>
 *   <li>{@code simulate(options)}: options a record or map with any of
 *       {@code runs} (1000), {@code seed} (1); returns a record with
 *       {@code runs}, {@code seed}, {@code horizon}, {@code milestones},
 *       {@code indicators} and {@code json} (the forecast as {@code marshall
 *       simulate --format json} writes it);</li>
 *   <li>{@code emit(format)} / {@code emit(format, options)}: the document as
 *       a string, as planned, or with a simulation of {@code options}.</li>
 * </ul>
 * A programme with errors has the diagnostics; {@code simulate} and
 * {@code emit} then throw a guest error naming the first.
 */
@ExportLibrary(InteropLibrary.class)
public final class ProgrammeObject implements TruffleObject {
    static final String DIAGNOSTICS = "diagnostics";
    static final String DECLARATIONS = "declarations";
    static final String TITLE = "title";
    static final String CHECK = "check";
    static final String SIMULATE = "simulate";
    static final String EMIT = "emit";
    private static final List<String> FIXED = List.of(DIAGNOSTICS, DECLARATIONS, TITLE, CHECK, SIMULATE, EMIT);

    private final Compilation compilation;
    private final Map<String, Object> members = new LinkedHashMap<>();

    @TruffleBoundary
    public ProgrammeObject(Compilation compilation) {
        this.compilation = compilation;
        Programme p = compilation.programme();
        members.put(DIAGNOSTICS, diagnostics());
        Map<String, Object> declarations = new LinkedHashMap<>();
        if (p != null) {
            List<Declaration> all = new ArrayList<>();
            all.addAll(p.params());
            all.addAll(p.clusters());
            all.addAll(p.actors());
            all.addAll(p.networks());
            all.addAll(p.interventions());
            all.addAll(p.indicators());
            all.addAll(p.milestones());
            all.addAll(p.functions());
            all.addAll(p.vocabularies());
            for (Declaration d : all) {
                if (!p.isOwnSource(d.nameSpan())) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", d.kind());
                m.put("name", d.name());
                m.put("line", d.nameSpan().line());
                m.put("column", d.nameSpan().column());
                m.put("doc", d.doc());
                declarations.putIfAbsent(d.name(), new InteropMap(m));
            }
        }
        members.put(DECLARATIONS, new InteropMap(declarations));
        members.put(TITLE, p == null || p.title() == null ? InteropNull.INSTANCE : p.title());
        declarations.forEach((name, value) -> {
            if (!FIXED.contains(name)) members.put(name, value);
        });
    }

    private InteropArray diagnostics() {
        List<Object> out = new ArrayList<>();
        for (Diagnostic d : compilation.diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("severity", d.severity().label());
            m.put("message", d.message());
            m.put("hint", d.hint());
            m.put("file", d.span() == null ? "" : d.span().file().displayPath());
            m.put("line", d.span() == null ? 0 : d.span().line());
            m.put("column", d.span() == null ? 0 : d.span().column());
            out.add(new InteropMap(m));
        }
        return new InteropArray(out.toArray());
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<Object> names = new ArrayList<>(members.keySet());
        names.addAll(List.of(CHECK, SIMULATE, EMIT));
        return new InteropArray(names.toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return members.containsKey(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = members.get(member);
        if (value == null) throw UnknownIdentifierException.create(member);
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return member.equals(CHECK) || member.equals(SIMULATE) || member.equals(EMIT);
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments)
            throws UnknownIdentifierException, ArityException, UnsupportedTypeException, UnsupportedMessageException {
        switch (member) {
            case CHECK -> {
                arity(arguments, 0, 0);
                return members.get(DIAGNOSTICS);
            }
            case SIMULATE -> {
                arity(arguments, 0, 1);
                return ForecastObjects.of(PolyglotSimulation.run(compilation, arguments.length == 0 ? null : arguments[0]));
            }
            case EMIT -> {
                arity(arguments, 1, 2);
                InteropLibrary strings = InteropLibrary.getUncached();
                if (!strings.isString(arguments[0])) throw UnsupportedTypeException.create(arguments, "emit(format): format must be a string");
                String id = strings.asString(arguments[0]);
                Format format = Format.byId(id.trim().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() ->
                        new PolyglotError("unknown format '" + id + "' (expected one of: " + String.join(", ", Format.ids()) + ")"));
                Optional<dev.marshall.simulation.SimulationResult> forecast = arguments.length == 2
                        ? Optional.of(PolyglotSimulation.run(compilation, arguments[1]))
                        : Optional.empty();
                PolyglotSimulation.requireNoErrors(compilation);
                return format.emitter().render(Framework.of(compilation.programme(), forecast, compilation.diagnostics()));
            }
            default -> throw UnknownIdentifierException.create(member);
        }
    }

    private static void arity(Object[] arguments, int min, int max) throws ArityException {
        if (arguments.length < min || arguments.length > max) throw ArityException.create(min, max, arguments.length);
    }

    @Override
    public String toString() {
        return "Programme[" + (compilation.programme() == null ? "?" : compilation.programme().title()) + "]";
    }
}
