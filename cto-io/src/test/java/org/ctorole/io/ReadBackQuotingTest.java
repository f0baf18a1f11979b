package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The YAML writer leaves a string unquoted only when the reader takes it back unchanged. */
class ReadBackQuotingTest {

    private static final String ALPHABET = "aeinfyortulsxNYTFOEI0179-._+~:#' ";

    @Test
    void everyShortStringLeftUnquotedReadsBackAsItself() {
        ProfileMapping.ReadBackQuoting quoting = new ProfileMapping.ReadBackQuoting();
        List<String> misread = new ArrayList<>();
        for (String value : strings(3)) {
            if (!quoting.needToQuoteValue(value) && !ProfileMapping.ReadBackQuoting.readsBackAs(value)) {
                misread.add(value);
            }
        }

        assertThat(misread).isEmpty();
    }

    private static List<String> strings(int maxLength) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> previous = List.of("");
        for (int length = 1; length <= maxLength; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : ALPHABET.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            all.addAll(next);
            previous = next;
        }
        return all;
    }
}
