package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Role;
import org.junit.jupiter.api.Test;

/** Options return copies, and options that cannot hold together fail at once. */
class ProfileArbitraryOptionsTest {

    @Test
    void optionsReturnNewArbitrariesAndLeaveTheOriginalAsItWas() {
        ProfileArbitrary base = CtoArbitraries.profiles().people(1, 1);
        ProfileArbitrary withoutCto = base.withoutCto();
        assertThat(withoutCto).isNotSameAs(base);
        assertThat(base.withCto()).isNotSameAs(base);
        assertThat(withoutCto.sampleStream().limit(50)).allSatisfy(p -> assertThat(p.theCto()).isEmpty());
        assertThat(base.withCto().sampleStream().limit(50)).allSatisfy(p -> assertThat(p.theCto()).isPresent());
        // The base still generates profiles with a CTO now and then: withoutCto() did not change it.
        assertThat(base.sampleStream().limit(200).anyMatch(p -> p.people().get(0).holds(Role.CTO))).isTrue();
    }

    @Test
    void organisationRulesAreTheTableButTheWaiverRule() {
        assertThat(CtoArbitraries.organisationRules()).hasSize(38)
                .startsWith("no-technology-leader", "strategic-exclusion")
                .endsWith("output-funded-technology", "unmapped-decision-rights")
                .doesNotContain("expired-waiver");
    }

    @Test
    void contradictoryOptionsFailWithTheReason() {
        ProfileArbitrary profiles = CtoArbitraries.profiles();
        assertThatThrownBy(() -> profiles.healthy().withoutCto())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("healthy() and withoutCto() contradict each other");
        assertThatThrownBy(() -> profiles.withoutCto().healthy()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profiles.people(1, 1).healthy())
                .hasMessageContaining("a healthy profile needs at least 2 people");
        assertThatThrownBy(() -> profiles.withoutCto().withAntiPattern("distant-from-ceo"))
                .hasMessage("withAntiPattern(\"distant-from-ceo\") needs a CTO, but withoutCto() was asked");
        assertThatThrownBy(() -> profiles.withCto().withAntiPattern("no-technology-leader"))
                .hasMessageContaining("contradict each other");
        assertThatThrownBy(() -> profiles.knowledgeAreas(0, 1).withAntiPattern("key-person-dependency"))
                .hasMessage("withAntiPattern(\"key-person-dependency\") needs 2 knowledge area(s), but "
                        + "knowledgeAreas(0, 1) was asked");
        assertThatThrownBy(() -> profiles.systems(0, 0).withAntiPattern("missing-backup"))
                .hasMessageContaining("needs 1 system(s)");
        assertThatThrownBy(() -> profiles.withAntiPattern("expired-waiver"))
                .hasMessageStartingWith("no anti-pattern for rule 'expired-waiver' (it is about waivers, not the "
                        + "organisation); known: no-technology-leader, ");
        assertThatThrownBy(() -> profiles.people(3, 2)).hasMessageContaining("invalid range 3..2");
        assertThatThrownBy(() -> profiles.people(0, 0)).hasMessageContaining("at least one person");
    }

    @Test
    void theSampleIsReadable() {
        OrganisationProfile profile = CtoArbitraries.profiles().people(2, 2).healthy().sample();
        assertThat(profile.people()).extracting(p -> p.id()).containsExactly("p1", "p2");
        assertThat(profile.organisation().id()).isEqualTo("org");
    }
}
