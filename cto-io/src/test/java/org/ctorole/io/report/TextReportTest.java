package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.io.report.NorthwindReports.northwind;

import java.util.List;
import org.ctorole.model.profile.Organisation;
import org.ctorole.rules.Finding;
import org.junit.jupiter.api.Test;

class TextReportTest {

    private static final char ESC = '\u001B';

    @Test
    void withoutColourHasNoEscapeCharacter() {
        String text = TextReport.render(List.of(northwind()), ReportOptions.plain());

        assertThat(text).doesNotContain(String.valueOf(ESC));
    }

    @Test
    void withColourPaintsSeverities() {
        String text = TextReport.render(List.of(northwind()), ReportOptions.plain().withColor(true));

        assertThat(text).contains(ESC + "[1;31mCRITICAL").contains(ESC + "[31mHIGH").contains(ESC + "[33mMEDIUM")
                .contains(ESC + "[36mLOW").contains(ESC + "[0m");
    }

    @Test
    void showsHeaderFindingsScoresPlanAndNotAssessed() {
        String text = TextReport.render(List.of(northwind()), ReportOptions.plain());

        assertThat(text).startsWith("CTO role assessment: Northwind Retail (northwind)\nAssessed on 2026-11-01, "
                + "source northwind.yaml\nOverall score 62.1 / 100; 26 open findings: 2 critical, 9 high, 13 medium, "
                + "2 low; 1 waived\n");
        for (Finding f : northwind().assessment().findings()) {
            assertThat(text).containsPattern("(?m)^" + f.severity() + " +" + f.ruleId() + " +" + f.subject() + " +.*"
                    + java.util.regex.Pattern.quote(f.message()) + "$");
        }
        assertThat(text).contains("LOW       distant-from-ceo                maya                        "
                + "[waived until 2027-06-30: The CTO reports to the COO by board decision until the 2027 "
                + "reorganisation] " + northwind().assessment().finding("distant-from-ceo", "maya").orElseThrow()
                .message() + "\n");
        assertThat(text).contains("  Operational management                          14.0  ###.................")
                .contains("Mission axes").contains("Constituents")
                .contains("Overall                                           62.1")
                .contains("Indicators (reported beside the scores, not part of them)");
        assertThat(text).contains("1. Week 1: Close resilience gaps", "6. Month 6: Review integration velocity",
                "   Expected outcome: People on each side understand the other better.");
        // Northwind gives none of the optional fields of the newer rules: those are listed, not judged.
        assertThat(text).containsPattern("NOT ASSESSED\n  cto-running-internal-it +cto.timeAllocation.INTERNAL_IT omitted\n")
                .containsPattern("\n  untrained-staff +security.awarenessTraining omitted\n");
    }

    @Test
    void listsRulesNotAssessed() {
        AssessedProfile partial = NorthwindReports.assess(northwind().profile().toBuilder().systems(null).build());

        String text = TextReport.render(List.of(partial), ReportOptions.plain());

        assertThat(text).containsPattern("\n  missing-backup +section 'systems' omitted\n")
                .containsPattern("\n  untested-backup +section 'systems' omitted\n");
    }

    @Test
    void aProfileCannotDriveTheTerminal() {
        Organisation org = northwind().profile().organisation();
        AssessedProfile hostile = NorthwindReports.assess(northwind().profile().toBuilder()
                .organisation(new Organisation(org.id(), "Evil\u001B]0;pwned\u0007\u001B[2J Corp", org.stage(),
                        org.headcount(), org.assessedOn())).build());

        String text = TextReport.render(List.of(hostile), ReportOptions.plain());

        assertThat(text).doesNotContain(String.valueOf(ESC)).doesNotContain("\u0007")
                .contains("CTO role assessment: Evil\uFFFD]0;pwned\uFFFD\uFFFD[2J Corp (northwind)");
    }

    @Test
    void severalProfilesFollowOneAnother() {
        String text = TextReport.render(List.of(northwind(), northwind()), ReportOptions.plain());

        assertThat(text.split("CTO role assessment: ", -1)).hasSize(3);
        assertThat(text).contains("=".repeat(78));
    }
}
