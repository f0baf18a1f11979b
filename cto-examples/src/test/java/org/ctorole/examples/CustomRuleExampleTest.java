package org.ctorole.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ctorole.cli.CtoCommand;
import org.ctorole.io.ProfileReader;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.ctorole.rules.NotAssessed;
import org.ctorole.rules.RuleDescriptor;
import org.ctorole.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example custom rule in rules/house-rules.drl, which describes itself in its DRL metadata and
 * has no Java: listed, explained, waived, disabled and scored like a built-in rule, through the
 * API and through the command line.
 */
class CustomRuleExampleTest {
    static final Path RULES = Path.of("rules");
    static final Path NORTHWIND = Path.of("profiles/northwind.yaml");
    static final String ID = "offsite-copy-for-all-data";

    final OrganisationProfile northwind = ProfileReader.standard().read(NORTHWIND);
    final CtoAssessor assessor = CtoAssessor.builder().addRules(RULES.resolve("house-rules.drl")).build();

    @Test
    void throughTheApiItIsDescribedReportedAndScored() {
        RuleDescriptor rule = assessor.ruleBook().rule(ID).orElseThrow();
        assertThat(rule.title()).isEqualTo("Offsite copy for all data");
        assertThat(rule.origin()).endsWith("house-rules.drl");

        Assessment with = assessor.assess(northwind);
        Finding f = with.finding(ID, "analytics-warehouse").orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.message()).isEqualTo("The backup of analytics-warehouse, which holds data, has no copy in another"
                + " location");
        assertThat(with.findingsOf(ID)).hasSize(1); // the critical systems are the built-in rule's business

        Assessment without = CtoAssessor.withDefaultRules().assess(northwind);
        assertThat(with.scorecard().area(ResponsibilityArea.OPERATIONAL_MANAGEMENT).value().getAsDouble())
                .isLessThan(without.scorecard().area(ResponsibilityArea.OPERATIONAL_MANAGEMENT).value().getAsDouble());
        assertThat(with.scorecard().area(ResponsibilityArea.TEAM_BUILDING))
                .isEqualTo(without.scorecard().area(ResponsibilityArea.TEAM_BUILDING));
    }

    @Test
    void throughTheApiItCanBeWaivedAndDisabled() {
        List<Waiver> waivers = new ArrayList<>(northwind.waivers());
        waivers.add(new Waiver(ID, "analytics-warehouse", "moving to a managed warehouse", LocalDate.of(2027, 3, 1)));
        OrganisationProfile waived = northwind.toBuilder().waivers(waivers).build();
        assertThat(assessor.assess(waived).finding(ID, "analytics-warehouse").orElseThrow().waived()).isTrue();

        CtoAssessor off = CtoAssessor.builder().addRules(RULES.resolve("house-rules.drl")).disable(ID).build();
        Assessment a = off.assess(northwind);
        assertThat(a.findingsOf(ID)).isEmpty();
        assertThat(a.notAssessed()).contains(new NotAssessed(ID, "disabled"));
    }

    @Test
    void throughTheCommandLineItIsListedExplainedAssessedWaivedAndDisabled(@TempDir Path tmp) throws IOException {
        assertThat(cto("rules", "--rules", RULES.toString()).out()).containsPattern("(?m)^" + ID + " +LOW +a system that holds data");
        assertThat(cto("explain", ID, "--rules", RULES.toString()).out())
                .contains("Offsite copy for all data", "fires when:     a system that holds data, critical or not",
                        "Example house rules for backups, Copies kept apart");

        Run assess = cto("assess", NORTHWIND.toString(), "--rules", RULES.toString(), "-f", "csv");
        assertThat(assess.exit()).isZero();
        // The id is quoted: the CSV writer quotes every value longer than 24 characters.
        assertThat(assess.out()).contains("\"" + ID + "\",analytics-warehouse,");

        Path waivedProfile = tmp.resolve("waived.yaml");
        Files.writeString(waivedProfile, Files.readString(NORTHWIND) + """
                  - ruleId: offsite-copy-for-all-data
                    subject: analytics-warehouse
                    reason: moving to a managed warehouse
                    expires: 2027-03-01
                """);
        Run waived = cto("assess", waivedProfile.toString(), "--rules", RULES.toString(), "-f", "csv");
        assertThat(waived.err()).isEmpty();
        assertThat(waived.out()).containsPattern("\"" + ID + "\",analytics-warehouse,[^,]*,LOW,true,");
        assertThat(cto("validate", waivedProfile.toString()).exit()).as("without the rules the waiver names an"
                + " unknown rule").isEqualTo(2);
        assertThat(cto("validate", waivedProfile.toString(), "--rules", RULES.toString()).exit()).isZero();

        Run disabled = cto("assess", NORTHWIND.toString(), "--rules", RULES.toString(), "--disable", ID, "-f", "csv");
        assertThat(disabled.out()).doesNotContain(ID);
    }

    record Run(int exit, String out, String err) {
    }

    static Run cto(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = CtoCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
