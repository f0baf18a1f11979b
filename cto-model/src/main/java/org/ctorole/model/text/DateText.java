package org.ctorole.model.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Dates as reports and findings write them: {@code 1 October 2026}, the day without a leading
 * zero, the month's English name, the year in full.
 *
 * <pre>
 * DateText.of(LocalDate.of(2026, 10, 1))   // "1 October 2026"
 * </pre>
 *
 * <p>The same text as {@code DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)}, made
 * without it for the years 1 to 9999: that formatter looks the month's name up in the JDK's locale
 * data, which a fresh JVM spends some 30 ms loading, on the way to a first assessment. Other years
 * go to the formatter.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DateText {

    private DateText() {
    }

    /**
     * The date in words.
     *
     * @param date a date, not null
     */
    public static String of(LocalDate date) {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            return Formatter.PATTERN.format(date);
        }
        String month = date.getMonth().name();
        StringBuilder text = new StringBuilder(17).append(date.getDayOfMonth()).append(' ')
                .append(month.charAt(0)).append(month.substring(1).toLowerCase(Locale.ROOT)).append(' ');
        // "yyyy" pads to four digits.
        for (int digits = Integer.toString(year).length(); digits < 4; digits++) {
            text.append('0');
        }
        return text.append(year).toString();
    }

    /** Made only when a year outside 1–9999 is written. */
    private static final class Formatter {
        static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    }
}
