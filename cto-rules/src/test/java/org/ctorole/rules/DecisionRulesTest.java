package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.atStage;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;

import java.util.List;
import java.util.Optional;
import org.ctorole.model.profile.Decision;
import org.ctorole.model.profile.DecisionKind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Mirrors decisions.drl: decision-without-cto, unvalidated-roadmap. */
class DecisionRulesTest {

    private static OrganisationProfile.Builder decisions(Decision... decisions) {
        return healthy().cto(healthyCto().withDecisions(List.of(decisions)));
    }

    // ---- decision-without-cto

    @Test
    void aBuildVersusBuyDecisionWithoutTheCto() {
        Assessment a = assess(decisions(new Decision("crm", "Buy a CRM", DecisionKind.BUILD_VS_BUY, false)));

        assertThat(keys(a)).containsExactly("decision-without-cto crm MEDIUM");
        Finding f = reported(a, "decision-without-cto", "crm");
        assertThat(f.subject().kind()).isEqualTo(SubjectKind.DECISION);
        assertThat(f.message()).isEqualTo("The build vs buy decision Buy a CRM was settled without the CTO, Tess");
        assertThat(f.evidenceValues()).containsExactly(entry("kind", "BUILD_VS_BUY"), entry("cto", "cto"));
        assertThat(f.recommendation()).startsWith("Reopen Buy a CRM with Tess before money is committed: compare building"
                + " and buying");
    }

    @ParameterizedTest
    @EnumSource(DecisionKind.class)
    void noDecisionTakenWithTheCtoIsAFinding(DecisionKind kind) {
        assertThat(keys(assess(decisions(new Decision("d", null, kind, true))))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ARCHITECTURE, decision-without-cto (architecture or stack), Review d with Tess: the architecture",
            "TECHNOLOGY_STACK, decision-without-cto (architecture or stack), Review d with Tess: the architecture",
            "PRODUCT_ROADMAP, decision-without-cto (product roadmap), Revisit d with Tess: what the first version holds",
            "TEAM_STRUCTURE, decision-without-cto (team structure), Work out d again with Tess: how the teams are cut",
            "SENIOR_TECHNICAL_HIRE, decision-without-cto (senior hire), Have Tess meet and assess every senior",
            "PARTNERSHIP_OR_ACQUISITION, decision-without-cto (partnership or acquisition), Have Tess run a technical"
                    + " due diligence"})
    void eachKindOfDecisionGetsItsOwnAdvice(DecisionKind kind, String condition, String advice) {
        Finding f = reported(assess(decisions(new Decision("d", null, kind, false))), "decision-without-cto", "d");

        assertThat(f.conditions()).containsExactly(condition);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.recommendation()).startsWith(advice);
    }

    @Test
    void everyDecisionWithoutTheCtoIsItsOwnFinding() {
        Assessment a = assess(decisions(new Decision("crm", null, DecisionKind.BUILD_VS_BUY, false),
                new Decision("k8s", null, DecisionKind.TECHNOLOGY_STACK, false),
                new Decision("v2", null, DecisionKind.PRODUCT_ROADMAP, true)));

        assertThat(keys(a)).containsExactly("decision-without-cto crm MEDIUM", "decision-without-cto k8s MEDIUM");
    }

    @Test
    void noDecisionsRecordedIsAFactWithNothingToJudge() {
        Assessment a = assess(healthy().cto(healthyCto().withDecisions(List.of())));

        assertThat(keys(a)).isEmpty();
        assertThat(a.notAssessed()).isEmpty();
    }

    // ---- unvalidated-roadmap

    private static Decision roadmap(Boolean validated) {
        return new Decision("v2", "Version 2", DecisionKind.PRODUCT_ROADMAP, true, Optional.ofNullable(validated));
    }

    @Test
    void aRoadmapCommittedToWithoutCheckingItWithCustomers() {
        Assessment a = assess(decisions(roadmap(false)));

        assertThat(keys(a)).containsExactly("unvalidated-roadmap v2 MEDIUM");
        Finding f = reported(a, "unvalidated-roadmap", "v2");
        assertThat(f.message()).isEqualTo("The product roadmap decision Version 2 was committed to without checking it"
                + " with customers");
        assertThat(f.recommendation()).startsWith("Before building more of Version 2, test its riskiest assumption with"
                + " customers");
    }

    @Test
    void aRoadmapCheckedWithCustomersOrSayingNothingAboutItIsNoFinding() {
        assertThat(keys(assess(decisions(roadmap(true))))).isEmpty();
        assertThat(keys(assess(decisions(roadmap(null))))).isEmpty();
    }

    @Test
    void aStartupIsToldToShipTheSmallestFirstVersionThatTestsIt() {
        Finding f = reported(assess(atStage(Stage.STARTUP, decisions(roadmap(false)))), "unvalidated-roadmap", "v2");

        assertThat(f.conditions()).containsExactly("unvalidated-roadmap (startup)");
        assertThat(f.recommendation()).startsWith("Cut Version 2 down to the smallest first version that tests whether"
                + " customers want it");
    }

    @Test
    void aRoadmapWithoutTheCtoAndWithoutCustomersIsTwoFindings() {
        Assessment a = assess(decisions(new Decision("v2", "Version 2", DecisionKind.PRODUCT_ROADMAP, false,
                Optional.of(false))));

        assertThat(keys(a)).containsExactly("decision-without-cto v2 MEDIUM", "unvalidated-roadmap v2 MEDIUM");
    }
}
