package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link WholeTextReader} reads exactly as SnakeYAML's {@link StreamReader}: for any text and
 * any sequence of the scanner's calls, the same characters, prefixes, indexes, lines and
 * columns, across the original's 1,024-character buffer boundaries.
 */
class WholeTextReaderProperties {

    /** One call of the scanner: 0 peek, 1 peek ahead, 2 forward, 3 prefix, 4 prefixForward, 5 new document. */
    record Call(int kind, int amount) {
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ':', '-', '#', '\t').ofMaxLength(40),
                Arbitraries.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\uFEFF", "é", "\uD83D\uDE00",
                        "\u4E2D", "'", "\""),
                Arbitraries.strings().withChars('x').ofMinLength(900).ofMaxLength(1300));
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<List<Call>> calls() {
        Arbitrary<Call> call = Arbitraries.integers().between(0, 5).flatMap(kind -> Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 4)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(5, 1500)))
                .map(amount -> new Call(kind, amount)));
        return call.list().ofMaxSize(120);
    }

    @Property(tries = 400)
    void readsAsStreamReaderDoes(@ForAll("texts") String text, @ForAll("calls") List<Call> calls) {
        StreamReader original = new StreamReader(new StringReader(text));
        WholeTextReader whole = new WholeTextReader(text);
        int length = text.codePointCount(0, text.length());

        for (Call call : calls) {
            lookAhead(original, call.amount());
            lookAhead(whole, call.amount());
            switch (call.kind()) {
                case 0 -> assertThat(whole.peek()).isEqualTo(original.peek());
                case 1 -> assertThat(whole.peek(call.amount())).isEqualTo(original.peek(call.amount()));
                case 2 -> {
                    original.forward(call.amount());
                    whole.forward(call.amount());
                }
                case 3 -> assertThat(whole.prefix(call.amount())).isEqualTo(original.prefix(call.amount()));
                case 4 -> {
                    // The scanner moves past only what it has peeked at: never beyond the end.
                    int amount = Math.min(call.amount(), length - whole.getIndex());
                    assertThat(whole.prefixForward(amount)).isEqualTo(original.prefixForward(amount));
                }
                default -> {
                    original.resetDocumentIndex();
                    whole.resetDocumentIndex();
                }
            }
            assertThat(whole.getIndex()).isEqualTo(original.getIndex());
            assertThat(whole.getDocumentIndex()).isEqualTo(original.getDocumentIndex());
            assertThat(whole.getLine()).isEqualTo(original.getLine());
            assertThat(whole.getColumn()).isEqualTo(original.getColumn());
            assertThat(whole.getMark().getIndex()).isEqualTo(original.getMark().getIndex());
            assertThat(whole.getMark().getLine()).isEqualTo(original.getMark().getLine());
            assertThat(whole.getMark().getColumn()).isEqualTo(original.getMark().getColumn());
        }
    }

    /**
     * Peeks up to {@code amount} characters ahead one buffer at a time, as the scanner does before
     * it takes a prefix (StreamReader loads one buffer per call, so a single far peek would not
     * reach: its callers never make one).
     */
    private static void lookAhead(StreamReader reader, int amount) {
        for (int ahead = 0; ahead <= amount; ahead += 512) {
            reader.peek(ahead);
        }
        reader.peek(amount);
    }

    @Test
    void refusesANonPrintableCharacterWhenReachingItAndNamesItsIndex() {
        WholeTextReader reader = new WholeTextReader("ab\n\u00e9c\u0007d");
        reader.forward(4);
        assertThat(reader.peek()).isEqualTo('c');

        ReaderException e = catchThrowableOfType(ReaderException.class, () -> reader.peek(1));

        assertThat(e.getPosition()).isEqualTo(5);
        assertThat(e.getCodePoint()).isEqualTo(7);
        // The original refuses the same text, as soon as it loads it.
        assertThat(catchThrowableOfType(ReaderException.class,
                () -> new StreamReader(new StringReader("ab\n\u00e9c\u0007d")).peek()).getCodePoint()).isEqualTo(7);
    }
}
