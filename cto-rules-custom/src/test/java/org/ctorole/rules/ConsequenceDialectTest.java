package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.backup;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.system;

import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.rules.RuleExecutionException.Reason;
import org.junit.jupiter.api.Test;

/**
 * A custom rule's consequence is MVEL unless the rule, or its file, says {@code dialect "java"}.
 * The two differ where MVEL and Java do: an integer quotient given where a decimal is expected
 * is exact in MVEL ({@code 7 / 2} is 3.5) and truncated in Java (3.0), which tells here which
 * language ran.
 */
class ConsequenceDialectTest {

    private static final String MVEL_SHARE = "insert(Detection.about($id).percent(\"share\", 7 / 2));";

    /** Java only: MVEL knows neither generics nor the diamond. */
    private static final String JAVA_SHARE = """
            java.util.List<String> ids = new java.util.ArrayList<>();
                ids.add($id);
                for (String id : ids) {
                    insert(Detection.about(id).percent("share", 7 / 2));
                }""";

    /** A rule about every system backed up on site, with the file's and the rule's own attributes. */
    private static String drl(String fileAttributes, String ruleAttributes, String consequence) {
        return """
                package com.example.rules;

                import org.ctorole.rules.facts.*;
                %s
                rule "onsite-share"
                    @title("Onsite share")
                    @severity(LOW)
                    @subject(SYSTEM)
                    @reads("systems")
                    @harms("OPERATIONAL_MANAGEMENT")
                    @track(RESILIENCE)
                    @source("Acme house rules | Backups")
                    @firesWhen("a backup has no offsite copy")
                    @message("The backup of {subject} is kept on site only")
                    @recommendation("Copy the backup of {subject} to another site.")
                    %s
                when
                    SystemFact($id : id, backedUp == true, offsite == false)
                then
                    %s
                end
                """.formatted(fileAttributes, ruleAttributes, consequence);
    }

    /** Healthy, plus a system backed up on site only. */
    private static OrganisationProfile onsiteWiki() {
        return healthy().system(system("wiki", true, false, backup(BackupSchedule.DAILY, 1, 10L, false))).build();
    }

    private static Object share(String drl) {
        Assessment a = CtoAssessor.builder().addRules("share.drl", drl).build().assess(onsiteWiki());
        return reported(a, "onsite-share", "wiki").evidenceValues().get("share");
    }

    @Test
    void aConsequenceIsMvelWhenNothingSaysOtherwise() {
        assertThat(share(drl("", "", MVEL_SHARE))).isEqualTo(3.5);
    }

    @Test
    void aRuleThatSaysDialectJavaHasAJavaConsequence() {
        assertThat(share(drl("", "dialect \"java\"", JAVA_SHARE))).isEqualTo(3.0);
    }

    @Test
    void aFileThatSaysDialectJavaHasJavaConsequences() {
        assertThat(share(drl("dialect \"java\"", "", JAVA_SHARE))).isEqualTo(3.0);
    }

    @Test
    void aRuleCanAskForMvelInAJavaFile() {
        assertThat(share(drl("dialect \"java\"", "dialect \"mvel\"", MVEL_SHARE))).isEqualTo(3.5);
    }

    @Test
    void javaInAnMvelConsequenceIsRefusedAtItsLineSayingHowToAskForJava() {
        String drl = drl("", "", JAVA_SHARE);

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("share.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .singleElement().asString()
                        .startsWith("share.drl:20: rule 'onsite-share': ")
                        .contains("java.util.ArrayList<>")
                        .endsWith(" (the consequence is MVEL: a rule whose consequence is Java says dialect \"java\")"));
    }

    @Test
    void anErrorInTheSecondStatementOfAnMvelConsequenceNamesItsLine() {
        String drl = drl("", "", """
                long days = 1;
                    insert(Detection.about($id).days("days", days));
                    insert(Detection.about($id).days("days", undefinedVariable));""");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("share.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .singleElement().asString()
                        .startsWith("share.drl:22: rule 'onsite-share': ")
                        .contains("undefinedVariable"));
    }

    /** The Java compiler's errors are reported at the rule's first line, as they always were. */
    @Test
    void anErrorInAJavaConsequenceNamesTheRuleWithoutTheMvelHint() {
        String drl = drl("", "dialect \"java\"", "insert(Detection.about(undefinedVariable));");

        assertThatThrownBy(() -> CtoAssessor.builder().addRules("share.drl", drl).build())
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.errors())
                        .singleElement().asString()
                        .startsWith("share.drl:5: rule 'onsite-share': ")
                        .contains("undefinedVariable")
                        .doesNotContain("the consequence is MVEL"));
    }

    @Test
    void whatCodeCalledByAnMvelConsequenceThrowsIsTheCauseItself() {
        String drl = drl("", "", "insert(Detection.about($id).count(\"n\", Integer.parseInt($id)));");
        CtoAssessor assessor = CtoAssessor.builder().addRules("share.drl", drl).build();

        RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
                () -> assessor.assess(onsiteWiki()));

        assertThat(e.reason()).isEqualTo(Reason.RULE_FAILED);
        assertThat(e.rule()).hasValue("onsite-share");
        assertThat(e.getCause()).isInstanceOf(NumberFormatException.class).hasMessage("For input string: \"wiki\"");
    }
}
