package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.io.report.NorthwindReports.northwind;

import java.util.List;
import org.ctorole.model.profile.Organisation;
import org.ctorole.rules.Finding;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final String markdown = MarkdownReport.render(List.of(northwind()), ReportOptions.plain());

    @Test
    void containsEveryFindingWithItsKeyMessageAndAdvice() {
        for (Finding f : northwind().assessment().findings()) {
            assertThat(markdown).contains("- Key: `" + f.key() + "`").contains(MarkdownReport.text(f.message()) + ".");
        }
    }

    @Test
    void opensWithTheOverallScoreItsCoverageAndWhatMattersMost() {
        assertThat(markdown).contains("## Summary\n\n**Overall score: 62.1 / 100** (24 of 24 rules assessed; the mean"
                + " of the assessed responsibility areas). 26 open findings: 2 critical, 9 high, 13 medium, 2 low; 1"
                + " waived.\n\n- 6 findings need action this week: ");
    }

    @Test
    void scoresSayWhatTheyCoverAndKeepIndicatorsApart() {
        assertThat(markdown).contains("| Operational management | 14.0 | 12 of 12 rules | 12 findings |")
                .contains("| Leader and keeper of the engineering culture | 38.8 | 16 of 16 rules |")
                .contains("### Performance indicators (beside the scores, not part of them)")
                .contains("| Tech strategy alignment | 2.5 on 1 October 2026 | 3.0 | below target |")
                .contains("| Employee satisfaction | never measured | 3.0 | not measured |");
    }

    @Test
    void findingsCarryEvidenceAdviceSourceAndWaiver() {
        assertThat(markdown).contains("### Critical (2)", "### High (9)", "### Medium (13)", "### Low (3)");
        assertThat(markdown).contains("""
                **Low truck factor** — Northwind Retail

                The truck factor of the critical knowledge areas is 1: if Ana Silva left, more than half of the 5 \
                critical areas would have no expert.

                - Evidence: Truck factor: 1; Removed: Ana Silva; Critical areas: 5; Lowest acceptable truck factor: 2
                - What to do: Raise the truck factor to at least 2: start with Ana Silva, and give a second expert to \
                each critical area they work on, first to those only they know.
                """);
        assertThat(markdown).contains("**Distant from the CEO** — Maya Chen · *waived*")
                .contains("- Status: waived until 30 June 2027: The CTO reports to the COO by board decision");
    }

    @Test
    void theActionPlanNamesOwnersDatesAndOutcomes() {
        assertThat(markdown).contains("### Week 1 (by 8 November 2026)\n\n1. Put two people on pricing-engine now")
                .contains("   - Owner: Maya Chen (CTO)\n   - Closes: `orphaned-knowledge:pricing-engine`\n"
                        + "   - Expected outcome: Two people can work on pricing-engine unaided.")
                .contains("### Month 6 (by 30 April 2027)");
    }

    @Test
    void listsNotAssessedRulesAndUnmatchedWaivers() {
        String md = MarkdownReport.render(List.of(NorthwindReports.assess(northwind().profile().toBuilder()
                .systems(null).build())), ReportOptions.plain());

        assertThat(md).contains("| Missing backup (`missing-backup`) | section 'systems' omitted |");
        assertThat(markdown).contains("## Not assessed\n\nEvery rule was assessed.")
                .contains("## Waivers that matched no finding\n\nNone: every waiver matched a finding.");
    }

    @Test
    void escapesProfileValues() {
        Organisation org = northwind().profile().organisation();
        AssessedProfile odd = NorthwindReports.assess(northwind().profile().toBuilder()
                .organisation(new Organisation(org.id(), "<script>alert(1)</script> *Acme* | [x](y)", org.stage(),
                        org.headcount(), org.assessedOn())).build());

        String md = MarkdownReport.render(List.of(odd), ReportOptions.plain());

        assertThat(md).startsWith("# CTO role assessment: \\<script\\>alert(1)\\</script\\> \\*Acme\\* \\| \\[x\\](y)\n")
                .doesNotContain("<script>");
    }

    @Test
    void severalProfilesShareOneDocument() {
        String md = MarkdownReport.render(List.of(northwind(), northwind()), ReportOptions.plain());

        assertThat(md).startsWith("# CTO role assessments\n\n- Northwind Retail: overall score **62.1** (24 of 24 rules"
                + " assessed)\n");
        assertThat(md.split("\n## CTO role assessment: Northwind Retail\n", -1)).hasSize(3);
        assertThat(md).contains("\n#### Critical (2)\n");
    }
}
