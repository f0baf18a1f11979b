package org.ctorole.model.text;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Makes text taken from input safe to print on a terminal or in a report: every character that
 * could move the cursor, change a terminal's state or reorder what the reader sees is written as
 * an escape instead. A profile value {@code ESC ] 0 ; x BEL} (which would retitle a terminal)
 * prints as <code>&#92;u001B]0;x&#92;u0007</code>; a right-to-left override as <code>&#92;u202E</code>.
 *
 * <pre>
 * String shown = PrintableText.escape(valueFromTheFile);   // "&#92;u001B[2J" instead of clearing the screen
 * </pre>
 *
 * <p>Escaped: the control characters (U+0000–U+001F, U+007F–U+009F; tab, line feed and carriage
 * return as {@code \t}, {@code \n}, {@code \r}, the others as <code>&#92;uXXXX</code>), the line and
 * paragraph separators U+2028 and U+2029, the bidirectional formatting characters (U+061C,
 * U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: the "Trojan Source" characters of Boucher and
 * Anderson, 2021), the invisible U+200B, U+2060, U+FEFF and tag characters U+E0000–U+E007F (as
 * <code>&#92;UXXXXXXXX</code>), and unpaired surrogates. Everything else, accented letters and
 * emoji included, is kept. A backslash is kept too, so the result is for display, not a
 * reversible encoding; but it holds none of the escaped characters, so escaping it again changes
 * nothing.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * The text with every unsafe character escaped; the same instance when there is none.
     *
     * @param text any text, {@code null} giving {@code "null"}
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp)) {
                appendEscape(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Whether the text holds no character that {@link #escape} would change. */
    public static boolean isPrintable(String text) {
        return text != null && firstUnsafe(text) < 0;
    }

    /**
     * Whether one code point is escaped: a control, separator, bidirectional or invisible
     * formatting character, or a surrogate on its own.
     */
    public static boolean isUnsafe(int codePoint) {
        if (codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F) {
            return true;
        }
        if (codePoint < 0x061C) {
            return false; // the common case: Latin, Greek, Cyrillic, ... without a lookup
        }
        return codePoint == 0x061C
                || codePoint == 0x200B
                || codePoint == 0x200E || codePoint == 0x200F
                || codePoint >= 0x2028 && codePoint <= 0x202E
                || codePoint == 0x2060
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE
                || codePoint == 0xFEFF
                || codePoint >= 0xE0000 && codePoint <= 0xE007F;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static void appendEscape(StringBuilder out, int cp) {
        switch (cp) {
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            default -> {
                String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
                if (cp <= 0xFFFF) {
                    out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                } else {
                    out.append("\\U").append("0".repeat(8 - hex.length())).append(hex);
                }
            }
        }
    }
}
