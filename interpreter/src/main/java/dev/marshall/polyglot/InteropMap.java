package dev.marshall.polyglot;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A read-only record for other languages: fixed members, each a string,
 * number, boolean, {@link InteropArray}, another map or {@link InteropNull}.
 * Diagnostics, declarations and forecasts are handed out as these.
 */
@ExportLibrary(InteropLibrary.class)
public final class InteropMap implements TruffleObject {
    final Map<String, Object> members;

    public InteropMap(Map<String, Object> members) {
        Map<String, Object> copy = new LinkedHashMap<>();
        members.forEach((k, v) -> copy.put(k, v == null ? InteropNull.INSTANCE : v));
        this.members = copy;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new InteropArray(members.keySet().toArray());
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

    @Override
    @TruffleBoundary
    public String toString() {
        return members.toString();
    }
}
