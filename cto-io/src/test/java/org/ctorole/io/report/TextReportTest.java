package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.io.report.NorthwindReports.northwind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.Person;
import org.ctorole.rules.AssessmentComparison;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final char ESC = '\u001B';
    /** The northwind text report as reviewed line by line; regenerate with -Dctorole.writeGolden=true. */
    private static final Path GOLDEN = Path.of("src/test/resources/golden/northwind.txt");

    @Test
    void northwindReadsAsTheReviewedGoldenReport() throws IOException {
        String text = TextReport.render(List.of(northwind()), ReportOptions.plain()).replace(System.lineSeparator(),
                "\n");
        if (Boolean.getBoolean("ctorole.writeGolden")) {
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void everyLineFitsAHundredColumnsWithNothingCut() {
        String longName = "Alexandrina-Maximiliana Wolfeschlegelsteinhausenbergerdorff-Montmorency-Featherstonehaugh";
        AssessedProfile wide = NorthwindReports.assess(northwind().profile().toBuilder().people(northwind().profile()
                .people().stream().map(p -> p.id().equals("ana") ? new Person(p.id(), longName, p.email(), p.roles(),
                        p.reportsTo(), p.deputy(), p.engagement()) : p).toList()).build());

        for (AssessedProfile item : List.of(northwind(), wide)) {
            String text = TextReport.render(List.of(item), ReportOptions.plain());
            assertThat(text.lines()).allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
                    .as(line).isLessThanOrEqualTo(TextReport.WIDTH));
            for (var f : item.assessment().findings()) {
                assertThat(text.replaceAll("\\s+", " ")).contains(f.message().replaceAll("\\s+", " "));
            }
        }
        String wideText = TextReport.render(List.of(wide), ReportOptions.plain()).replaceAll("\\s+", "");
        assertThat(wideText).contains(longName.replace(" ", ""));
    }

    @Test
    void withoutColourHasNoEscapeCharacter() {
        assertThat(TextReport.render(List.of(northwind()), ReportOptions.plain())).doesNotContain(String.valueOf(ESC));
    }

    @Test
    void withColourPaintsSeveritiesAndScores() {
        String text = TextReport.render(List.of(northwind()), ReportOptions.plain().withColor(true));

        assertThat(text).contains(ESC + "[31mCRITICAL").contains(ESC + "[33mHIGH").contains(ESC + "[34mMEDIUM")
                .contains(ESC + "[0m");
    }

    @Test
    void aPartialProfileSaysWhatWasNotAssessedAndScoresOnlyWhatWas() {
        AssessedProfile partial = NorthwindReports.assess(northwind().profile().toBuilder().systems(null)
                .security(null).suppliers(null).knowledge(null).build());

        String text = TextReport.render(List.of(partial), ReportOptions.plain());

        assertThat(text).contains("  Missing backup (missing-backup): section 'systems' omitted.")
                .contains("rules assessed)");
        assertThat(text).containsPattern("Operational management +78.2 +[#.]+ +2 of 12 rules");
    }

    @Test
    void aProfileCannotDriveTheTerminal() {
        Organisation org = northwind().profile().organisation();
        AssessedProfile hostile = NorthwindReports.assess(northwind().profile().toBuilder()
                .organisation(new Organisation(org.id(), "Evil\u001B]0;pwned\u0007\u001B[2J \u202ECorp", org.stage(),
                        org.headcount(), org.assessedOn())).build());

        String text = TextReport.render(List.of(hostile), ReportOptions.plain());

        assertThat(text).doesNotContain(String.valueOf(ESC)).doesNotContain("\u0007").doesNotContain("\u202E")
                .contains("CTO role assessment: Evil\\u001B]0;pwned\\u0007\\u001B[2J \\u202ECorp (northwind)");
    }

    @Test
    void findingsNewSinceTheBaselineAreMarked() {
        AssessedProfile earlier = NorthwindReports.assess(northwind().profile().toBuilder().systems(null).build());
        AssessedProfile item = northwind().withBaseline(AssessmentComparison.between(earlier.assessment(),
                northwind().assessment()));

        String text = TextReport.render(List.of(item), ReportOptions.plain());

        assertThat(text).contains("Missing backup - customer-crm [new]")
                .doesNotContain("Orphaned knowledge - pricing-engine [new]")
                .contains("3 new since the baseline.");
    }

    @Test
    void severalProfilesFollowOneAnother() {
        String text = TextReport.render(List.of(northwind(), northwind()), ReportOptions.plain());

        assertThat(text.split("CTO role assessment: ", -1)).hasSize(3);
        assertThat(text).contains("=".repeat(TextReport.WIDTH));
    }
}
