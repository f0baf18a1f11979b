package org.ctorole.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctorole.rules.CtoAssessor;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --rule-timeout} and {@code --max-firings}: the limits every assessment of the command
 * runs under, on by default. A minute and a million firings are far beyond what the built-in
 * rules need for the largest profile the reader accepts (about 17,650 firings and a second for
 * 100,000 people), and stop a custom rule that loops.
 */
final class RuleLimitOptions {
    static final String DEFAULT_TIMEOUT = "60s";
    static final int DEFAULT_MAX_FIRINGS = 1_000_000;

    @Option(names = "--rule-timeout", paramLabel = "DURATION", defaultValue = DEFAULT_TIMEOUT,
            converter = DurationConverter.class,
            description = "Stop an assessment whose rules run longer: 90s, 2m, 500ms; 0 for no limit"
                    + " (default: ${DEFAULT-VALUE}).")
    Duration timeout = DurationConverter.parse(DEFAULT_TIMEOUT);

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_FIRINGS,
            description = "Stop an assessment whose rules fire more often; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int maxFirings = DEFAULT_MAX_FIRINGS;

    /** The limits when a command has no options for them: the defaults. */
    static RuleLimitOptions defaults() {
        return new RuleLimitOptions();
    }

    CtoAssessor.Builder applyTo(CtoAssessor.Builder builder) {
        try {
            return builder.timeLimit(timeout).maxFirings(maxFirings);
        } catch (IllegalArgumentException e) {
            throw new UserException("--max-firings " + maxFirings + ": " + e.getMessage());
        }
    }

    /** {@code 90s}, {@code 2m}, {@code 1h}, {@code 500ms}, a number of seconds; {@code 0} for no limit (null). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            return parse(value);
        }

        static Duration parse(String value) {
            Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a duration: write 90s, 2m, 500ms, or 0 for no limit");
            }
            long amount = Long.parseLong(m.group(1));
            if (amount == 0) {
                return null;
            }
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
    }
}
