package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.testkit.CtoAssertions.assertThat;

import java.util.List;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.junit.jupiter.api.Test;

class AssessmentAssertTest {
    private static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();

    /** A single point of knowledge (billing), a leader without deputy (cfo) whose finding is waived. */
    private static Assessment assessment() {
        return ASSESSOR.assess(Organisations.healthy()
                .knowledgeArea(new KnowledgeArea("billing", true, List.of("ana")))
                .person(Person.of("cfo", "Cid", Role.CFO).withReportsTo("kim"))
                .waiver(new Waiver("no-deputy", "cfo", "hiring one", Organisations.TODAY.plusDays(60)))
                .build());
    }

    @Test
    void passingAssertionsChain() {
        assertThat(assessment())
                .hasFinding("single-point-of-knowledge", "billing")
                .hasFinding("no-deputy", "cfo")
                .hasWaivedFinding("no-deputy", "cfo")
                .hasNoFinding("single-point-of-knowledge", "payments")
                .hasNoFinding("orphaned-knowledge", "billing")
                .hasFindingsExactly("no-deputy:cfo", "single-point-of-knowledge:billing");
        assertThat(ASSESSOR.assess(Organisations.healthy().build())).hasNoFindings().hasFindingsExactly();
    }

    @Test
    void hasFindingListsTheFindingsThereAre() {
        Assessment assessment = assessment();
        assertThatThrownBy(() -> assertThat(assessment).hasFinding("single-point-of-knowledge", "payments"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expecting assessment of 'acme' to have finding single-point-of-knowledge:payments, but its findings were:
                            HIGH single-point-of-knowledge:billing - %s
                            MEDIUM no-deputy:cfo (waived) - %s""".formatted(
                        message(assessment, "single-point-of-knowledge", "billing"),
                        message(assessment, "no-deputy", "cfo")));
    }

    @Test
    void hasNoFindingShowsTheFinding() {
        Assessment assessment = assessment();
        assertThatThrownBy(() -> assertThat(assessment).hasNoFinding("single-point-of-knowledge", "billing"))
                .hasMessage("""
                        Expecting assessment of 'acme' not to have finding single-point-of-knowledge:billing, but it has:
                            HIGH single-point-of-knowledge:billing - %s""".formatted(
                        message(assessment, "single-point-of-knowledge", "billing")));
    }

    private static String message(Assessment assessment, String ruleId, String subject) {
        return assessment.finding(ruleId, subject).orElseThrow().message();
    }

    @Test
    void hasNoFindingsCountsThem() {
        assertThatThrownBy(() -> assertThat(assessment()).hasNoFindings())
                .hasMessageStartingWith("Expecting assessment of 'acme' to have no findings, but it has 2:");
    }

    @Test
    void hasFindingsExactlyNamesMissingAndUnexpectedOnes() {
        assertThatThrownBy(() -> assertThat(assessment())
                .hasFindingsExactly("single-point-of-knowledge:billing", "low-truck-factor:acme"))
                .hasMessageContaining("but these were missing:\n    [low-truck-factor:acme]")
                .hasMessageContaining("and these were not expected:\n    [no-deputy:cfo]");
    }

    @Test
    void hasWaivedFindingTellsAnUnwaivedFindingFromAMissingOne() {
        assertThatThrownBy(() -> assertThat(assessment()).hasWaivedFinding("single-point-of-knowledge", "billing"))
                .hasMessage("Expecting finding single-point-of-knowledge:billing of assessment of 'acme' to be waived, "
                        + "but no (unexpired) waiver accepts it; unmatched waivers: []");
        assertThatThrownBy(() -> assertThat(assessment()).hasWaivedFinding("no-deputy", "kim"))
                .hasMessageStartingWith("Expecting assessment of 'acme' to have a waived finding no-deputy:kim, but it "
                        + "has no such finding");
    }

    @Test
    void anExpiredWaiverDoesNotWaive() {
        Assessment expired = ASSESSOR.assess(Organisations.healthy()
                .person(Person.of("cfo", "Cid", Role.CFO).withReportsTo("kim"))
                .waiver(new Waiver("no-deputy", "cfo", "hiring one", Organisations.TODAY.minusDays(1)))
                .build());
        assertThat(expired).hasFindingsExactly("no-deputy:cfo", "expired-waiver:no-deputy:cfo");
        assertThatThrownBy(() -> assertThat(expired).hasWaivedFinding("no-deputy", "cfo"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aNullAssessmentFails() {
        assertThatThrownBy(() -> assertThat((Assessment) null).hasNoFindings()).isInstanceOf(AssertionError.class);
    }
}
