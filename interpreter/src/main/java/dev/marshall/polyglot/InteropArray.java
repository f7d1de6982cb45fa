package dev.marshall.polyglot;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A read-only array for other languages (diagnostics, member names, periods). */
@ExportLibrary(InteropLibrary.class)
public final class InteropArray implements TruffleObject {
    private final Object[] elements;

    public InteropArray(Object[] elements) {
        this.elements = elements.clone();
        for (int i = 0; i < this.elements.length; i++) if (this.elements[i] == null) this.elements[i] = InteropNull.INSTANCE;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return elements.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < elements.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= elements.length) throw InvalidArrayIndexException.create(index);
        return elements[(int) index];
    }
}
