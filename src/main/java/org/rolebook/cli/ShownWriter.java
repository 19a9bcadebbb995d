package org.rolebook.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.rolebook.framework.ControlCharacters;

/** Writes text with every control character shown as U+FFFD: a title read from a file cannot drive the terminal. */
final class ShownWriter extends FilterWriter {

    ShownWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        super.write(ControlCharacters.isControl(c) ? '\uFFFD' : c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String shown = ControlCharacters.shown(text.substring(offset, offset + length));
        super.write(shown, 0, shown.length());
    }
}
