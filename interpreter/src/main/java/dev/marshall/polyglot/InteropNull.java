package dev.marshall.polyglot;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** "No value" for other languages: a quantile no run reached, a title a broken programme lacks. */
@ExportLibrary(InteropLibrary.class)
public final class InteropNull implements TruffleObject {
    public static final InteropNull INSTANCE = new InteropNull();

    private InteropNull() {}

    @ExportMessage
    boolean isNull() {
        return true;
    }
}
