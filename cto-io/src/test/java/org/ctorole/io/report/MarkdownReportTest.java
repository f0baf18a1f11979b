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
    void containsEveryFindingWithItsKeyAndMessage() {
        for (Finding f : northwind().assessment().findings()) {
            assertThat(markdown).contains("#### `" + f.key() + "`: ").contains("\n" + f.message() + "\n");
        }
    }

    @Test
    void summarisesCountsOverallScoreAndTopRisks() {
        assertThat(markdown).startsWith("# CTO role assessment: Northwind Retail\n");
        assertThat(markdown).contains("**Overall score: 62.1 / 100**")
                .contains("| Critical | 2 | 0 |\n| High | 9 | 0 |\n| Medium | 13 | 0 |\n| Low | 2 | 1 |\n"
                        + "| **Total** | **26** | **1** |")
                .contains("1. **Critical** `missing-backup:customer-crm`: " + message("missing-backup", "customer-crm")
                        + "\n2. **Critical** `orphaned-knowledge:pricing-engine`: ")
                .contains("3. **High** `key-person-dependency:ana`: ");
    }

    @Test
    void scorecardTablesKeepIndicatorsApart() {
        assertThat(markdown).contains("| Operational management | 14.0 | `low-truck-factor:northwind`, ")
                .contains("| Leader and keeper of the engineering culture | 38.8 |")
                .contains("| Engineering and product | 48.4 |")
                .contains("### Performance indicators (beside the score, not part of it)")
                .contains("| Tech strategy alignment | 2.5 on 2026-10-01 | 3.0 | below target |")
                .contains("| Employee satisfaction | never measured | 3.0 | not measured |");
    }

    @Test
    void findingsCarryEvidenceRecommendationSourceAndWaiver() {
        assertThat(markdown).contains("### Critical (2)", "### High (9)", "### Medium (13)", "### Low (3)");
        Finding truck = northwind().assessment().finding("low-truck-factor", "northwind").orElseThrow();
        assertThat(markdown).contains("#### `low-truck-factor:northwind`: Low truck factor\n\n" + truck.message() + """


                - Evidence:
                  - truckFactor: 1
                  - removed: Ana Silva
                  - criticalAreas: 5
                  - minTruckFactor: 2
                  - policy: the SCALEUP preset
                - Recommendation: Raise the truck factor to at least 2: start with Ana Silva, and give a second \
                expert to each critical area they work on, first to those only they know.
                - Source: “A novel approach for estimating truck factors” by Guilherme Avelino, Leonardo Passos, \
                Andre Hora and Marco Tulio Valente (24th IEEE International Conference on Program Comprehension \
                (ICPC), 2016), Abstract
                - Status: open
                """);
        assertThat(markdown).contains("#### `distant-from-ceo:maya`: Distant from the CEO (waived)")
                .contains("- Status: **waived** until 2027-06-30. Reason: The CTO reports to the COO by board decision "
                        + "until the 2027 reorganisation");
    }

    @Test
    void actionPlanByStageWithOutcomes() {
        assertThat(markdown).contains("### 1. Week 1: Close resilience gaps\n")
                .contains("- `no-deputy:maya`: Name a deputy for Maya Chen and let them stand in regularly, so that"
                        + " decisions do not wait for one person.")
                .contains("Expected outcome: Measures the business recognises as its own.")
                .contains("### 6. Month 6: Review integration velocity");
    }

    @Test
    void listsNotAssessedRulesAndUnmatchedWaivers() {
        AssessedProfile partial = NorthwindReports.assess(northwind().profile().toBuilder().systems(null)
                .build());

        String md = MarkdownReport.render(List.of(partial), ReportOptions.plain());

        assertThat(md).contains("| `missing-backup` | section 'systems' omitted |");
        assertThat(markdown).contains("| `untrained-staff` | security.awarenessTraining omitted |")
                .contains("## Unmatched waivers\n\nNone: every waiver matched a finding.");
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

        assertThat(md).startsWith("# CTO role assessments\n\n- Northwind Retail (northwind): overall score **62.1** / 100\n");
        assertThat(md.split("\n## CTO role assessment: Northwind Retail\n", -1)).hasSize(3);
        assertThat(md).contains("\n##### `missing-backup:customer-crm`: Missing backup\n");
    }

    private static String message(String ruleId, String subject) {
        return northwind().assessment().finding(ruleId, subject).orElseThrow().message();
    }
}
