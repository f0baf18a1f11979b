package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.backup;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Waiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom DRL joins the built-in pack, uses the same facts and policy, and reports compile errors by file and line. */
class CustomRulesTest {

    /** Reports every backed-up system whose backup has no offsite copy, critical or not; describes itself. */
    static final String ONSITE_BACKUP_DRL = """
            package com.example.rules;

            import org.ctorole.rules.facts.*;

            // A backup kept only next to the system it protects.
            rule "onsite-backup"
                @title("Onsite backup")
                @severity(LOW)
                @subject(SYSTEM)
                @reads("systems")
                @harms("OPERATIONAL_MANAGEMENT")
                @track(RESILIENCE)
                @source("Acme house rules | Backups")
                @firesWhen("a backup has no offsite copy, whether the system is critical or not")
                @message("The backup of {subject} is kept on site only")
                @recommendation("Copy the backup of {subject} to another site.")
            when
                SystemFact($id : id, backedUp == true, offsite == false)
            then
                insert(Detection.about($id).flag("offsite", false));
            end
            """;

    private static CtoAssessor custom;

    @BeforeAll
    static void compile() {
        custom = CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL).build();
    }

    /** Healthy, plus a non-critical system backed up on site: no built-in rule cares about it. */
    static OrganisationProfile onsiteWiki() {
        return healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 10L, false))).build();
    }

    @Test
    void aCustomRuleIsReportedAsAFindingWordedFromItsMetadata() {
        Assessment a = custom.assess(onsiteWiki());

        assertThat(keys(a)).containsExactlyInAnyOrder("onsite-backup wiki LOW");
        Finding f = reported(a, "onsite-backup", "wiki");
        assertThat(f.evidenceValues()).containsEntry("offsite", false);
        assertThat(f.message()).isEqualTo("The backup of wiki is kept on site only");
        assertThat(f.recommendation()).isEqualTo("Copy the backup of wiki to another site.");
        assertThat(f.track()).isEqualTo(Track.RESILIENCE);
        assertThat(f.harms()).containsExactly(ResponsibilityArea.OPERATIONAL_MANAGEMENT);
        assertThat(f.sources()).containsExactly(new Source("Acme house rules", "Backups"));
    }

    @Test
    void aCustomRuleIsListedInTheRuleBook() {
        RuleDescriptor rule = custom.ruleBook().rule("onsite-backup").orElseThrow();

        assertThat(rule.title()).isEqualTo("Onsite backup");
        assertThat(rule.severity()).isEqualTo(Severity.LOW);
        assertThat(rule.subjectKind()).isEqualTo(SubjectKind.SYSTEM);
        assertThat(rule.reads()).containsExactly("systems");
        assertThat(rule.origin()).isEqualTo("onsite.drl");
        assertThat(rule.isBuiltIn()).isFalse();
        assertThat(custom.ruleBook().rules()).hasSize(RuleBook.builtIn().rules().size() + 1);
    }

    @Test
    void aCustomRuleJoinsTheBuiltInPack() {
        OrganisationProfile p = healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 10L, false)))
                .system(system("orders", true, true, backup(BackupSchedule.DAILY, 1, null, false))).build();

        assertThat(keys(custom.assess(p))).containsExactlyInAnyOrder("onsite-backup wiki LOW",
                "onsite-backup orders LOW", "no-offsite-copy orders MEDIUM", "untested-backup orders HIGH");
        assertThat(keys(Findings.DEFAULT_ASSESSOR.assess(p))).containsExactlyInAnyOrder(
                "no-offsite-copy orders MEDIUM", "untested-backup orders HIGH");
    }

    @Test
    void aCustomRuleIsNotAssessedWhenItsSectionIsOmitted() {
        Assessment a = custom.assess(healthy().systems(null).build());

        assertThat(a.notAssessed()).contains(new NotAssessed("onsite-backup", "section 'systems' omitted"));
    }

    @Test
    void aCustomRuleCanBeDisabled() {
        CtoAssessor off = CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL).disable("onsite-backup")
                .build();

        Assessment a = off.assess(onsiteWiki());

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).containsExactly(new NotAssessed("onsite-backup", "disabled"));
    }

    @Test
    void aCustomRuleCanBeWaived() {
        OrganisationProfile p = onsiteWiki().toBuilder()
                .waivers(List.of(new Waiver("onsite-backup", "wiki", "moving sites", LocalDate.of(2027, 1, 1))))
                .build();

        Finding f = reported(custom.assess(p), "onsite-backup", "wiki");

        assertThat(f.waived()).isTrue();
    }

    @Test
    void aCustomRuleLowersTheScoreOfTheAreaItDeclares() {
        Assessment with = custom.assess(onsiteWiki());
        Assessment without = Findings.DEFAULT_ASSESSOR.assess(onsiteWiki());

        assertThat(with.scorecard().area(ResponsibilityArea.OPERATIONAL_MANAGEMENT).value().getAsDouble())
                .isLessThan(without.scorecard().area(ResponsibilityArea.OPERATIONAL_MANAGEMENT).value().getAsDouble());
        assertThat(with.scorecard().area(ResponsibilityArea.TEAM_BUILDING).value().getAsDouble())
                .isEqualTo(without.scorecard().area(ResponsibilityArea.TEAM_BUILDING).value().getAsDouble());
    }

    @Test
    void aRuleWithoutMetadataIsRefusedSayingWhatToAdd() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.facts.*;

                rule "bare"
                when
                    SystemFact($id : id)
                then
                    insert(Detection.about($id));
                end
                """;

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("bare.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors()).containsExactly(
                        "bare.drl:5: rule 'bare': missing metadata @title, @severity, @subject, @reads, @harms,"
                                + " @track, @source, @firesWhen, @message, @recommendation (a rule describes itself"
                                + " with @title, @severity, @subject, @reads, @harms, @track, @source, @firesWhen,"
                                + " @message, @recommendation; see the rules reference)"));
    }

    @Test
    void wrongMetadataIsRefusedNamingTheValue() {
        String drl = ONSITE_BACKUP_DRL.replace("@severity(LOW)", "@severity(URGENT)")
                .replace("@reads(\"systems\")", "@reads(\"servers\")")
                .replace("@track(RESILIENCE)", "@track(RESILIENCE)\n    @colour(\"red\")");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("wrong.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).anySatisfy(m -> assertThat(m).startsWith("wrong.drl:6: rule 'onsite-backup'")
                            .contains("unknown metadata @colour"));
                    assertThat(e.getMessage()).doesNotContain("URGENT"); // unknown keys are reported first
                });
        String typo = ONSITE_BACKUP_DRL.replace("@severity(LOW)", "@severity(URGENT)")
                .replace("@reads(\"systems\")", "@reads(\"servers\")");
        assertThatThrownBy(() -> CtoAssessor.builder().addRules("wrong.drl", typo).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors()).containsExactly(
                        "wrong.drl:6: rule 'onsite-backup': @severity 'URGENT' is not one of CRITICAL, HIGH, MEDIUM, LOW",
                        "wrong.drl:6: rule 'onsite-backup': @reads names 'servers', which is no section or optional"
                                + " field of a profile (sections: organisation, people, cto, knowledge, systems,"
                                + " strategy, forums, indicators, commitments, suppliers, security, waivers; fields:"
                                + " commitments.specificationComplete, cto.accountableFor, cto.businessBriefings,"
                                + " cto.ceoMeetings, cto.decisions, cto.guidesIpPortfolio,"
                                + " cto.receivesCompetitiveIntelligence, cto.timeAllocation, cto.timeAllocation.INTERNAL_IT,"
                                + " cto.translationSessions, organisation.decisionRightsReview,"
                                + " organisation.technologyFunding, security.awarenessTraining)"));
    }

    @Test
    void aCustomRuleCannotTakeABuiltInId() {
        String drl = ONSITE_BACKUP_DRL.replace("\"onsite-backup\"", "\"no-offsite-copy\"");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("clash.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors()).containsExactly(
                        "clash.drl: rule 'no-offsite-copy' has the id of a built-in rule; give it an id of its own"));
    }

    @Test
    void aRuleThatDerivesFactsNeedsNoDescription() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.facts.*;

                declare Unprotected
                    system : String
                end

                rule "mark-unprotected"
                    @derives("Unprotected: a system holding data with no offsite copy")
                when
                    SystemFact($id : id, holdsData == true, offsite == false)
                then
                    insert(new Unprotected($id));
                end

                rule "unprotected-data"
                    @title("Unprotected data")
                    @severity(LOW)
                    @subject(SYSTEM)
                    @reads("systems")
                    @harms("OPERATIONAL_MANAGEMENT")
                    @track(RESILIENCE)
                    @source("Acme house rules | Backups")
                    @firesWhen("a system holds data and has no offsite copy")
                    @message("{subject} holds data with no copy elsewhere")
                    @recommendation("Copy the data of {subject} elsewhere.")
                when
                    Unprotected($id : system)
                then
                    insert(Detection.about($id));
                end
                """;
        CtoAssessor assessor = CtoAssessor.builder().addRules("derived.drl", drl).build();

        assertThat(keys(assessor.assess(onsiteWiki()))).containsExactly("unprotected-data wiki LOW");
        assertThat(assessor.ruleBook().contains("mark-unprotected")).isFalse();
    }

    /** Two conditions: the rule's own reads a threshold of the policy, the other reads none. */
    static final String RESTORE_TEST_DUE_DRL = """
            package com.example.rules;

            import org.ctorole.rules.AssessmentPolicy;
            import org.ctorole.rules.facts.*;

            rule "restore-test-due"
                @title("Restore test due")
                @severity(LOW)
                @subject(SYSTEM)
                @reads("systems")
                @harms("OPERATIONAL_MANAGEMENT")
                @track(RESILIENCE)
                @source("Acme house rules | Backups")
                @firesWhen("a restore test is older than a third of {restoreTestMaxAgeDays}, or a backup was never restored")
                @message("The restore test of {subject} is ageing")
                @recommendation("Plan the next restore test of {subject}.")
                @thresholds("restoreTestMaxAgeDays")
            when
                AssessmentPolicy($max : restoreTestMaxAgeDays)
                SystemFact($id : id, restoreTested == true, daysSinceRestoreTest * 3 > $max)
            then
                insert(Detection.about($id));
            end

            rule "restore-test-due (never tested)"
                @message("The backup of {subject} was never restored")
            when
                SystemFact($id : id, backedUp == true, restoreTested == false)
            then
                insert(Detection.about($id).flag("restoreTested", false));
            end
            """;

    @Test
    void aCustomRuleReadsThePolicy() {
        CtoAssessor assessor = CtoAssessor.builder().addRules("due.drl", RESTORE_TEST_DUE_DRL).build();

        // healthy db: restore-tested 30 days ago; 30 * 3 = 90 is not above 90, 31 * 3 is
        assertThat(keys(assessor.assess(healthy().build()))).isEmpty();
        assertThat(keys(assessor.assess(healthy().systems(List.of(system("db", true, true,
                backup(BackupSchedule.DAILY, 1, 31L, true)))).build())))
                .containsExactly("restore-test-due db LOW");
    }

    @Test
    void aFindingOfACustomRuleShowsOnlyTheThresholdsOfTheConditionThatFired() {
        CtoAssessor assessor = CtoAssessor.builder().addRules("due.drl", RESTORE_TEST_DUE_DRL).build();
        OrganisationProfile p = healthy().systems(List.of(system("db", true, true,
                        backup(BackupSchedule.DAILY, 1, 31L, true)),
                system("files", true, true, backup(BackupSchedule.DAILY, 1, null, true)))).build();

        Assessment a = assessor.assess(p);

        Finding ageing = reported(a, "restore-test-due", "db");
        assertThat(ageing.conditions()).containsExactly("restore-test-due");
        assertThat(ageing.evidenceValues()).containsExactly(entry("restoreTestMaxAgeDays", 90L),
                entry("policy", "the SCALEUP preset"));
        Finding never = reported(a, "restore-test-due", "files");
        assertThat(never.conditions()).containsExactly("restore-test-due (never tested)");
        assertThat(never.evidenceValues()).containsExactly(entry("restoreTested", false));
        RuleDescriptor rule = assessor.ruleBook().rule("restore-test-due").orElseThrow();
        assertThat(rule.conditions()).extracting(RuleCondition::thresholds).containsExactly(
                List.of(Threshold.RESTORE_TEST_MAX_AGE_DAYS), List.of());
        assertThat(rule.thresholds()).containsExactly(Threshold.RESTORE_TEST_MAX_AGE_DAYS);
    }

    @Test
    void aConditionMatchingThePolicyMustSayWhichThresholdsItReads() {
        String drl = RESTORE_TEST_DUE_DRL.replace("    @thresholds(\"restoreTestMaxAgeDays\")\n", "");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("due.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors()).containsExactly(
                        "due.drl:6: rule 'restore-test-due': its condition matches AssessmentPolicy, so say which"
                                + " thresholds it reads with @thresholds (e.g. @thresholds(\"minTruckFactor\"), or"
                                + " @thresholds(\"\") for none): a finding shows the thresholds of the conditions"
                                + " that fired"));
    }

    @Test
    void aConditionMatchingThePolicyInsideAnotherElementMustSayWhichThresholdsItReadsToo() {
        for (String policy : List.of("exists AssessmentPolicy(fullTimeCtoExpected == false)",
                "not AssessmentPolicy(fullTimeCtoExpected == true)",
                "Number(intValue > 0) from accumulate(AssessmentPolicy($m : minTruckFactor), sum($m))")) {
            String drl = RESTORE_TEST_DUE_DRL.replace("    SystemFact($id : id, backedUp == true, restoreTested == false)",
                    "    " + policy + "\n    SystemFact($id : id, backedUp == true, restoreTested == false)");

            assertThatThrownBy(() -> CtoAssessor.builder().addRules("due.drl", drl).build()).as(policy)
                    .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors()).singleElement()
                            .asString().startsWith("due.drl:25: rule 'restore-test-due (never tested)': its condition"
                                    + " matches AssessmentPolicy, so say which thresholds it reads"));
        }
    }

    @Test
    void aConditionMayReadThePolicyForNoThreshold() {
        String drl = RESTORE_TEST_DUE_DRL.replace("@thresholds(\"restoreTestMaxAgeDays\")", "@thresholds(\"\")")
                .replace(" older than a third of {restoreTestMaxAgeDays},", " ageing,");
        CtoAssessor assessor = CtoAssessor.builder().addRules("due.drl", drl).build();

        Finding ageing = reported(assessor.assess(healthy().systems(List.of(system("db", true, true,
                backup(BackupSchedule.DAILY, 1, 31L, true)))).build()), "restore-test-due", "db");

        assertThat(ageing.evidenceValues()).isEmpty();
        assertThat(assessor.ruleBook().rule("restore-test-due").orElseThrow().thresholds()).isEmpty();
    }

    @Test
    void anUnknownThresholdIsRefusedNamingTheRule() {
        String drl = RESTORE_TEST_DUE_DRL.replace("@thresholds(\"restoreTestMaxAgeDays\")",
                "@thresholds(\"restoreTestMaxAgeDays, restoreMaxAge\")").replace(
                "@message(\"The backup of {subject} was never restored\")",
                "@message(\"The backup of {subject} was never restored\")\n    @thresholds(\"minTruckFactr\")");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("due.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).hasSize(2);
                    assertThat(e.errors().get(0)).startsWith("due.drl:6: rule 'restore-test-due': @thresholds names"
                            + " 'restoreMaxAge', which is no threshold of the policy (thresholds: ")
                            .contains("restoreTestMaxAgeDays");
                    assertThat(e.errors().get(1)).startsWith("due.drl:25: rule 'restore-test-due (never tested)':"
                            + " @thresholds names 'minTruckFactr', which is no threshold of the policy");
                });
    }

    @Test
    void aCustomRuleFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("onsite.drl");
        Files.writeString(file, ONSITE_BACKUP_DRL);

        CtoAssessor fromFile = CtoAssessor.builder().addRules(file).build();

        assertThat(keys(fromFile.assess(onsiteWiki()))).containsExactly("onsite-backup wiki LOW");
    }

    @Test
    void anUnreadableRuleFileIsRejectedNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.drl");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.drl");
    }

    // ---- compile errors

    /**
     * A syntax error: the parenthesis opened on line 8 is never closed. The parser notices it at
     * line 10, where {@code insert} cannot continue the pattern, and reports that line.
     */
    static final String SYNTAX_ERROR_DRL = """
            package com.example.rules;

            import org.ctorole.rules.Severity;
            import org.ctorole.rules.facts.*;

            rule "broken"
            when
                SystemFact($id : id,
            then
                insert(Detection.about($id));
            end
            """;

    @Test
    void aSyntaxErrorNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> CtoAssessor.builder().addRules("broken.drl", SYNTAX_ERROR_DRL).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).isNotEmpty();
                    assertThat(e.errors().get(0)).startsWith("broken.drl:10: ").contains("mismatched input")
                            .contains("broken");
                    assertThat(e.errors()).allSatisfy(error -> assertThat(error).startsWith("broken.drl:"));
                    assertThat(e.getMessage()).contains("broken.drl:10:");
                });
    }

    @Test
    void aCompileErrorIsThrownNotLogged() {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> CtoAssessor.builder().addRules("broken.drl", SYNTAX_ERROR_DRL).build())
                    .isInstanceOf(RuleCompilationException.class);
        } finally {
            System.setErr(err);
        }
        // slf4j-simple writes to System.err at warn level and above in these tests
        assertThat(logged.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("ERROR");
    }

    @Test
    void aSyntaxErrorInAFileNamesItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.drl");
        Files.writeString(file, SYNTAX_ERROR_DRL);

        assertThatThrownBy(() -> CtoAssessor.builder().addRules(file).build())
                .isInstanceOfSatisfying(RuleCompilationException.class,
                        e -> assertThat(e.errors().get(0)).startsWith(file + ":10: "));
    }

    @Test
    void errorsNameTheFileTheyAreIn() {
        String secondBroken = SYNTAX_ERROR_DRL.replace("\"broken\"", "\"broken-too\"");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("onsite.drl", ONSITE_BACKUP_DRL)
                .addRules("second.drl", secondBroken).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.errors()).anySatisfy(error -> assertThat(error).startsWith("second.drl:10: "));
                    assertThat(e.errors()).noneSatisfy(error -> assertThat(error).startsWith("onsite.drl"));
                });
    }

    /** RuleCompilationException promises "file:line: rule 'name': message" for each error. */
    @Test
    void aSemanticErrorNamesTheFileTheLineAndTheRule() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.facts.*;

                rule "unknown-field"
                when
                    SystemFact(noSuchField == true)
                then
                end
                """;

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("semantics.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> assertThat(error).startsWith("semantics.drl:7: ").contains("unknown-field")));
    }

    @Test
    void anErrorInAConsequenceNamesTheDrlFileAndLine() {
        String drl = """
                package com.example.rules;

                import org.ctorole.rules.facts.*;

                rule "bad-consequence"
                when
                    SystemFact()
                then
                    insert(undefinedVariable);
                end
                """;

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("consequence.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .allSatisfy(error -> assertThat(error).startsWith("consequence.drl:")));
    }
}
