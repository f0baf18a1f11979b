package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ctorole.rules.Findings.reported;

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

    /** {@link CustomRulesTest#ONSITE_BACKUP_DRL} with attributes for its file and its rule, and another consequence. */
    private static String drl(String fileAttributes, String ruleAttributes, String consequence) {
        return CustomRulesTest.ONSITE_BACKUP_DRL
                .replace("import org.ctorole.rules.facts.*;\n", "import org.ctorole.rules.facts.*;\n" + fileAttributes + "\n")
                .replace("\nwhen\n", "\n    " + ruleAttributes + "\nwhen\n")
                .replace("insert(Detection.about($id).flag(\"offsite\", false));", consequence);
    }

    private static Object share(String drl) {
        Assessment a = CtoAssessor.builder().addRules("share.drl", drl).build().assess(CustomRulesTest.onsiteWiki());
        return reported(a, "onsite-backup", "wiki").evidenceValues().get("share");
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

    /** The one compile error of a file. */
    private static String errorOf(String drl) {
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class,
                () -> CtoAssessor.builder().addRules("share.drl", drl).build());
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void javaInAnMvelConsequenceIsRefusedAtItsLineSayingHowToAskForJava() {
        assertThat(errorOf(drl("", "", JAVA_SHARE)))
                .startsWith("share.drl:22: rule 'onsite-backup': ")
                .contains("java.util.ArrayList<>")
                .endsWith(" (the consequence is MVEL: a rule whose consequence is Java says dialect \"java\")");
    }

    @Test
    void anErrorInTheSecondStatementOfAnMvelConsequenceNamesItsLine() {
        assertThat(errorOf(drl("", "", """
                long days = 1;
                    insert(Detection.about($id).days("days", days));
                    insert(Detection.about($id).days("days", undefinedVariable));""")))
                .startsWith("share.drl:24: rule 'onsite-backup': ")
                .contains("undefinedVariable");
    }

    /** The Java compiler's errors are reported at the rule's first line, as they always were. */
    @Test
    void anErrorInAJavaConsequenceNamesTheRuleWithoutTheMvelHint() {
        assertThat(errorOf(drl("", "dialect \"java\"", "insert(Detection.about(undefinedVariable));")))
                .startsWith("share.drl:7: rule 'onsite-backup': ")
                .contains("undefinedVariable")
                .doesNotContain("the consequence is MVEL");
    }

    @Test
    void whatCodeCalledByAnMvelConsequenceThrowsIsTheCauseItself() {
        String drl = drl("", "", "insert(Detection.about($id).count(\"n\", Integer.parseInt($id)));");
        CtoAssessor assessor = CtoAssessor.builder().addRules("share.drl", drl).build();

        RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
                () -> assessor.assess(CustomRulesTest.onsiteWiki()));

        assertThat(e.reason()).isEqualTo(Reason.RULE_FAILED);
        assertThat(e.rule()).hasValue("onsite-backup");
        assertThat(e.getCause()).isInstanceOf(NumberFormatException.class).hasMessage("For input string: \"wiki\"");
    }
}
