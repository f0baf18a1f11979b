package org.ctorole.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void terminalEscapeSequencesArePrintedAsText() {
        // The value of issue 13: retitles the terminal, rings the bell and clears the screen when printed raw.
        String hostile = "\u001B]0;pwned\u0007\u001B[2J";

        assertThat(PrintableText.escape(hostile)).isEqualTo("\\u001B]0;pwned\\u0007\\u001B[2J");
    }

    @Test
    void layoutControlsHaveShortEscapes() {
        assertThat(PrintableText.escape("a\tb\nc\rd")).isEqualTo("a\\tb\\nc\\rd");
    }

    @Test
    void deleteAndC1ControlsAreEscaped() {
        assertThat(PrintableText.escape("x\u007Fy\u0085z\u009B1m")).isEqualTo("x\\u007Fy\\u0085z\\u009B1m");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreEscaped() {
        String trojan = "admin\u202E\u2066 txt.exe\u2069\u202C\u200F\u200E\u061C";

        assertThat(PrintableText.escape(trojan))
                .isEqualTo("admin\\u202E\\u2066 txt.exe\\u2069\\u202C\\u200F\\u200E\\u061C");
    }

    @Test
    void separatorsAndInvisibleCharactersAreEscaped() {
        assertThat(PrintableText.escape("a\u2028b\u2029c\u200Bd\u2060e\uFEFFf"))
                .isEqualTo("a\\u2028b\\u2029c\\u200Bd\\u2060e\\uFEFFf");
        assertThat(PrintableText.escape("ok" + new String(Character.toChars(0xE0041))))
                .isEqualTo("ok\\U000E0041");
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        String emoji = new String(Character.toChars(0x1F600));

        assertThat(PrintableText.escape("a\uD83Db")).isEqualTo("a\\uD83Db");
        assertThat(PrintableText.escape("a\uDE00")).isEqualTo("a\\uDE00");
        assertThat(PrintableText.escape(emoji + "!")).isEqualTo(emoji + "!");
    }

    @Test
    void ordinaryTextIsTheSameInstance() {
        String text = "Zoë Ångström (ΚΤΟ) 李雷 \\e — naïve, 100 %";

        assertThat(PrintableText.escape(text)).isSameAs(text);
        assertThat(PrintableText.isPrintable(text)).isTrue();
        assertThat(PrintableText.isPrintable("bell\u0007")).isFalse();
        assertThat(PrintableText.escape(null)).isEqualTo("null");
    }

    @Test
    void joinersUsedByScriptsAndEmojiAreKept() {
        String family = new String(Character.toChars(0x1F468)) + "\u200D" + new String(Character.toChars(0x1F469));

        assertThat(PrintableText.escape(family)).isSameAs(family);
        assertThat(PrintableText.escape("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }

    @Property
    void theResultHasNoUnsafeCharacter(@ForAll("mixed") String text) {
        String escaped = PrintableText.escape(text);

        assertThat(escaped.codePoints().filter(PrintableText::isUnsafe)).isEmpty();
        assertThat(PrintableText.isPrintable(escaped)).isTrue();
    }

    @Property
    void escapingTwiceChangesNothing(@ForAll("mixed") String text) {
        String once = PrintableText.escape(text);

        assertThat(PrintableText.escape(once)).isEqualTo(once);
    }

    @Property
    void printableTextIsLeftAlone(@ForAll("mixed") String text) {
        if (PrintableText.isPrintable(text)) {
            assertThat(PrintableText.escape(text)).isSameAs(text);
        } else {
            assertThat(PrintableText.escape(text)).isNotEqualTo(text);
        }
    }

    /** Latin-1 (controls included), backslashes, bidi and invisible characters, halves of surrogate pairs. */
    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u00FF')
                .withChars("\\u\u061C\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u202A\u202E\u2060\u2066\u2069"
                        + "\uFEFF\uD83D\uDE00\uDB40\uDC41\u4E2D")
                .ofMaxLength(30);
    }
}
