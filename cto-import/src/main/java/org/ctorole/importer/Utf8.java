package org.ctorole.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Where text stops being UTF-8, for the message: the decoder reads ahead and cannot say. */
final class Utf8 {
    private Utf8() {
    }

    /** The 1-based line of the first byte that is not valid UTF-8 (1 if the source cannot be read again). */
    static int lineOfFirstError(ImportSource source) {
        int line = 1;
        try (InputStream in = new BufferedInputStream(source.open())) {
            int pending = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return line;
                    }
                    pending--;
                } else if (b == '\n') {
                    line++;
                } else if (b >= 0x80) {
                    if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
                        pending = 1;
                    } else if ((b & 0xF0) == 0xE0) {
                        pending = 2;
                    } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        return line;
                    }
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return line;
    }
}
