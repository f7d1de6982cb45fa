package dev.marshall.emit.xlsx;

import dev.marshall.emit.BinaryEmitter;
import dev.marshall.emit.Framework;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code --format xlsx}: the logframe, indicator sheets, workplan and budget
 * as sheets of one Office Open XML workbook (docs/formats.md). A thin entry
 * point: the workbook library is loaded only when a workbook is written, not
 * when the format list is read (so {@code marshall check} never loads it).
 */
public final class LogframeWorkbook implements BinaryEmitter {

    @Override
    public void render(Framework framework, OutputStream out) throws IOException {
        WorkbookWriter.write(framework.logframe(), out);
    }
}
