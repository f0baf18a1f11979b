package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.CtoAssessor;

/** The normative example, read and assessed once, and what the report tests check against it. */
final class NorthwindReports {

    static final Path PROFILE = Path.of("../cto-examples/profiles/northwind.yaml");
    static final Path EXPECTED = Path.of("../cto-examples/profiles/northwind.expected.tsv");

    /** Every person id of northwind, in profile order. */
    static final List<String> PERSON_IDS = List.of("omar", "ines", "maya", "raj", "lena", "sam", "ana", "ben", "chloe",
            "dmitri", "eve");
    /** Every person's full name, in profile order. */
    static final List<String> PERSON_NAMES = List.of("Omar Haddad", "Ines Moreau", "Maya Chen", "Raj Patel",
            "Lena Novak", "Sam Okafor", "Ana Silva", "Ben Walker", "Chloe Martin", "Dmitri Ivanov", "Eve Laurent");

    private static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();
    private static final AssessedProfile NORTHWIND = assess(ProfileReader.standard().read(PROFILE));

    private NorthwindReports() {
    }

    static AssessedProfile northwind() {
        return NORTHWIND;
    }

    static AssessedProfile assess(OrganisationProfile profile) {
        return new AssessedProfile("northwind.yaml", profile, ASSESSOR.assess(profile));
    }

    /** The rows of northwind.expected.tsv, header left out: ruleId, subject, severity, waived. */
    static List<String[]> expectedFindings() {
        try {
            return Files.readAllLines(EXPECTED).stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails when the output names a northwind person: a full name anywhere, or an id as a word of
     * its own in any case (hyphens and dots count as word breaks here, so an anchor such as
     * {@code finding-no-deputy-maya} is caught, while "same" or "every" are not).
     */
    static void assertNamesNobody(String output) {
        for (String name : PERSON_NAMES) {
            assertThat(output.toLowerCase(Locale.ROOT)).as("full name %s", name)
                    .doesNotContain(name.toLowerCase(Locale.ROOT));
        }
        for (String id : PERSON_IDS) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + id + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            assertThat(word.matcher(output).results().map(m -> context(output, m.start())).toList())
                    .as("mentions of '%s'", id).isEmpty();
        }
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}
