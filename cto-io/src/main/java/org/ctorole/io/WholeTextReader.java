package org.ctorole.io;

import java.io.StringReader;
import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a document held whole in memory. SnakeYAML's own
 * {@link StreamReader} refills a 1,024-character buffer by copying everything not yet consumed,
 * and a scalar is consumed only once it has been scanned to its end: a scalar of n characters
 * costs n²/1,024 copies (a 9 MB value took 41 s). Here the text is decoded to code points
 * once and every look-ahead is an index, so scanning is linear. Same contract as the original:
 * the same code points, marks, line and column counting and the same refusal of non-printable
 * characters (a {@link ReaderException} carrying the character's code point index).
 */
final class WholeTextReader extends StreamReader {
    /** Name SnakeYAML gives a reader's marks; Jackson never shows it. */
    private static final String NAME = "'reader'";

    private final String text;
    private final int[] codePoints;
    /** Whether every character is one code point, so that code point indexes are string indexes. */
    private final boolean oneCharEach;
    /** Index of the first character SnakeYAML does not accept, or {@code codePoints.length}. */
    private final int firstRefused;
    private int pointer;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextReader(String text) {
        super(new StringReader(""));
        this.text = text;
        // One loop over the text, not String.codePoints() and a second pass: both showed in profiles.
        int[] points = new int[text.length()];
        int count = 0;
        int refused = -1;
        for (int i = 0; i < text.length(); count++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            points[count] = c;
            // Printable ASCII and line feeds are most of a profile; SnakeYAML decides the rest.
            if (refused < 0 && (c < ' ' || c >= 0x7F) && c != '\n' && !isPrintable(c)) {
                refused = count;
            }
        }
        codePoints = count == points.length ? points : Arrays.copyOf(points, count);
        oneCharEach = count == text.length();
        firstRefused = refused < 0 ? count : refused;
    }

    /** Whether the character {@code ahead} of the pointer exists; refuses a non-printable one. */
    private boolean available(int ahead) {
        int at = pointer + ahead;
        if (at < firstRefused) {
            return true;
        }
        if (firstRefused < codePoints.length) {
            throw refused();
        }
        return false;
    }

    private ReaderException refused() {
        return new ReaderException(NAME, firstRefused, codePoints[firstRefused], "special characters are not allowed");
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, pointer, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && available(0); i++) {
            int c = codePoints[pointer++];
            documentIndex++;
            if (c >= ' ' && c < 0x7F) {
                // Printable ASCII, nearly every character of a profile: one column.
                column++;
            } else if (Constant.LINEBR.has(c) || c == '\r' && available(0) && codePoints[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return available(0) ? codePoints[pointer] : '\0';
    }

    @Override
    public int peek(int index) {
        return available(index) ? codePoints[pointer + index] : '\0';
    }

    @Override
    public String prefix(int length) {
        if (length == 0) {
            return "";
        }
        int n = available(length) ? length : Math.min(length, codePoints.length - pointer);
        // Copying a substring is several times faster than encoding code points again.
        return oneCharEach ? text.substring(pointer, pointer + n) : new String(codePoints, pointer, n);
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        documentIndex += length;
        // Used only on text without line breaks, as in StreamReader.
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }
}
