package org.ctorole.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ctorole.model.validation.Problem;
import org.ctorole.model.validation.ProfileValidator;
import org.junit.jupiter.api.Test;

/**
 * The optional fields added for the rules on decisions, rhythms, funding, internal IT and
 * specifications: left out, they are not judged ({@code gives} is false); given, they are checked.
 */
class StageFieldsTest {

    private static OrganisationProfile.Builder northwind() {
        return Northwind.builder();
    }

    private static CtoWorkingPattern cto() {
        return northwind().buildUnvalidated().cto().orElseThrow();
    }

    @Test
    void northwindGivesNoneOfTheNewFields() {
        OrganisationProfile p = northwind().build();

        for (String field : List.of("cto.timeAllocation.INTERNAL_IT", "cto.ceoMeetings", "cto.businessBriefings",
                "cto.translationSessions", "cto.guidesIpPortfolio", "cto.decisions", "security.awarenessTraining",
                "commitments.specificationComplete", "organisation.technologyFunding",
                "organisation.decisionRightsReview")) {
            assertThat(OrganisationProfile.isKnownPath(field)).as(field).isTrue();
            assertThat(p.gives(field)).as(field).isFalse();
        }
    }

    @Test
    void eachNewFieldIsGivenWhenItHasAValue() {
        OrganisationProfile p = northwind()
                .organisation(northwind().buildUnvalidated().organisation().withTechnologyFunding(
                        TechnologyFunding.PER_PROJECT).withDecisionRightsReview(Cadence.NEVER).withRegulated(true))
                .cto(cto().withCeoMeetings(Cadence.WEEKLY).withBusinessBriefings(Cadence.AD_HOC)
                        .withTranslationSessions(Cadence.QUARTERLY).withGuidesIpPortfolio(false)
                        .withDecisions(List.of())
                        .withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 90.0, Activity.INTERNAL_IT, 10.0)))
                .security(new Security(Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(Cadence.YEARLY)))
                .commitments(List.of(new Commitment("c", null, null, null, true, false)))
                .build();

        for (String field : OrganisationProfile.OPTIONAL_FIELDS) {
            assertThat(p.gives(field)).as(field).isTrue();
        }
    }

    @Test
    void anInternalItShareIsGivenOnlyWhenTheAllocationNamesIt() {
        OrganisationProfile zero = northwind().cto(cto().withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.0,
                Activity.INTERNAL_IT, 0.0))).build();
        OrganisationProfile left = northwind().cto(cto().withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT,
                100.0))).build();

        assertThat(zero.gives("cto.timeAllocation.INTERNAL_IT")).isTrue();
        assertThat(left.gives("cto.timeAllocation.INTERNAL_IT")).isFalse();
    }

    @Test
    void decisionsAreCheckedWithTheirPaths() {
        OrganisationProfile p = northwind().cto(cto().withDecisions(java.util.Arrays.asList(
                new Decision("d1", "Buy a CRM", DecisionKind.BUILD_VS_BUY, false),
                new Decision("d1", null, null, null),
                new Decision("d3", null, DecisionKind.ARCHITECTURE, true, Optional.of(true)),
                new Decision("d4", null, DecisionKind.PRODUCT_ROADMAP, true, Optional.of(false)),
                null))).buildUnvalidated();

        assertThat(ProfileValidator.validate(p)).containsExactly(
                Problem.at("cto.decisions[1].id", "duplicate decision id 'd1'"),
                Problem.at("cto.decisions[4]", "missing entry"),
                Problem.at("cto.decisions[1].kind", "missing required value"),
                Problem.at("cto.decisions[1].ctoInvolved", "missing required value"),
                Problem.at("cto.decisions[2].customerValidated",
                        "applies to PRODUCT_ROADMAP decisions only, not to ARCHITECTURE"));
    }

    @Test
    void cadencesHaveIntervalsButNeverAndAdHoc() {
        assertThat(Cadence.NEVER.intervalDays()).isEqualTo(OptionalInt.empty());
        assertThat(Cadence.AD_HOC.isRegular()).isFalse();
        assertThat(Cadence.WEEKLY.intervalDays()).hasValue(7);
        assertThat(Cadence.QUARTERLY.intervalDays()).hasValue(91);
        assertThat(Cadence.YEARLY.intervalDays()).hasValue(365);
    }

    @Test
    void theOldConstructorsLeaveTheNewFieldsOut() {
        assertThat(new Security(Optional.of(true), Optional.of(true), Optional.of(true)).awarenessTraining()).isEmpty();
        assertThat(new Commitment("c", null, null, null, true).specificationComplete()).isNull();
        assertThat(new Organisation("o", null, null, null, Northwind.ASSESSED_ON).technologyFunding()).isNull();
        assertThat(CtoWorkingPattern.of("maya").decisions()).isEmpty();
    }

    @Test
    void withoutPeopleKeepsASpecificationAndRedactionKeepsTheNewFields() {
        OrganisationProfile p = northwind().commitments(List.of(new Commitment("c", "Globex", "SSO", "sam",
                        false, false)))
                .cto(cto().withDecisions(List.of(new Decision("d", "Ask Maya Chen", DecisionKind.BUILD_VS_BUY, true))))
                .build();

        assertThat(p.withoutPeople(java.util.Set.of("sam")).commitments().orElseThrow().get(0))
                .isEqualTo(new Commitment("c", "Globex", "SSO", null, false, false));
        OrganisationProfile redacted = PeopleRedaction.of(p).profile();
        assertThat(redacted.cto().orElseThrow().decisions().orElseThrow().get(0).name()).doesNotContain("Maya");
        assertThat(redacted.commitments().orElseThrow().get(0).specificationComplete()).isFalse();
    }
}
