package org.ctorole.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DateTextTest {
    /** What DateText must equal, for every date. */
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Test
    void writesTheDayTheMonthsNameAndTheYear() {
        assertThat(DateText.of(LocalDate.of(2026, 10, 1))).isEqualTo("1 October 2026");
        assertThat(DateText.of(LocalDate.of(2026, 11, 30))).isEqualTo("30 November 2026");
        assertThat(DateText.of(LocalDate.of(2024, 2, 29))).isEqualTo("29 February 2024");
    }

    @Test
    void padsShortYearsAsTheFormatterDoesAndHandsOtherErasToIt() {
        assertThat(DateText.of(LocalDate.of(7, 5, 9))).isEqualTo("9 May 0007");
        assertThat(DateText.of(LocalDate.of(999, 12, 31))).isEqualTo("31 December 0999");
        assertThat(DateText.of(LocalDate.of(0, 1, 1))).isEqualTo(PATTERN.format(LocalDate.of(0, 1, 1)));
        assertThat(DateText.of(LocalDate.of(10_000, 1, 1))).isEqualTo(PATTERN.format(LocalDate.of(10_000, 1, 1)));
        assertThat(DateText.of(LocalDate.MIN)).isEqualTo(PATTERN.format(LocalDate.MIN));
        assertThat(DateText.of(LocalDate.MAX)).isEqualTo(PATTERN.format(LocalDate.MAX));
    }

    @Test
    void aMissingDateIsTheCallersMistake() {
        assertThatThrownBy(() -> DateText.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Property
    void equalsTheFormatterForEveryDateOfTheCommonEra(@ForAll("commonEra") LocalDate date) {
        assertThat(DateText.of(date)).isEqualTo(PATTERN.format(date));
    }

    @Property
    void equalsTheFormatterForAnyDate(@ForAll("anyDate") LocalDate date) {
        assertThat(DateText.of(date)).isEqualTo(PATTERN.format(date));
    }

    @Provide
    Arbitrary<LocalDate> commonEra() {
        return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<LocalDate> anyDate() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
