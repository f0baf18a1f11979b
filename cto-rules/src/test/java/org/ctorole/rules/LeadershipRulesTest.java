package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyPerson;
import static org.ctorole.rules.Profiles.healthyWith;
import static org.ctorole.rules.Profiles.withPerson;

import java.util.List;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mirrors leadership.drl: no-technology-leader, no-deputy, distant-from-ceo. */
class LeadershipRulesTest {

    /** The healthy profile without anybody holding the CTO role (so without a {@code cto} section). */
    static OrganisationProfile.Builder withoutCto() {
        return healthy().cto(null).people(List.of(
                Person.of("ceo", "Cleo", Role.CEO).withDeputy("coo"),
                Person.of("coo", "Cody", Role.COO).withReportsTo("ceo").withDeputy("ceo"),
                Person.of("vpe", "Vic", Role.VP_ENGINEERING).withReportsTo("ceo").withDeputy("coo"),
                Person.of("e1", "Eli", Role.ENGINEER).withReportsTo("vpe"),
                Person.of("e2", "Ema", Role.ENGINEER).withReportsTo("vpe"),
                Person.of("e3", "Eva", Role.ENGINEER).withReportsTo("vpe")));
    }

    // ---- no-technology-leader

    @Test
    void noTechnologyLeader() {
        Assessment a = assess(withoutCto());

        assertThat(keys(a)).containsExactlyInAnyOrder("no-technology-leader acme CRITICAL");
        Finding f = reported(a, "no-technology-leader", "acme");
        assertThat(f.evidenceValues()).containsExactly(entry("ctoRoleHolders", 0L));
    }

    @ParameterizedTest
    @EnumSource(Engagement.class)
    void noTechnologyLeaderDoesNotFireForACtoOfAnyEngagement(Engagement engagement) {
        Assessment a = assess(healthyWith(healthyPerson("cto").withEngagement(engagement)));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void noTechnologyLeaderDoesNotFireForACtoHoldingAnotherRoleToo() {
        Assessment a = assess(healthyWith(healthyPerson("cto").withRoles(Role.VP_ENGINEERING, Role.CTO)));

        assertThat(keys(a)).isEmpty();
    }

    // ---- no-deputy

    @Test
    void noDeputyForTheCtoIsHigh() {
        Assessment a = assess(healthyWith(healthyPerson("cto").withDeputy(null)));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-deputy cto HIGH");
        Finding f = reported(a, "no-deputy", "cto");
        assertThat(f.evidenceValues()).containsExactly(entry("roles", List.of("CTO")),
                entry("otherLeadersNeedDeputies", true), entry("policy", SCALEUP));
        assertThat(f.recommendation()).startsWith("Name a deputy for Tess");
    }

    @Test
    void noDeputyForAnotherLeaderIsMedium() {
        Assessment a = assess(healthyWith(healthyPerson("coo").withDeputy(null)));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-deputy coo MEDIUM");
        Finding f = reported(a, "no-deputy", "coo");
        assertThat(f.evidenceValues()).containsExactly(entry("roles", List.of("COO")),
                entry("otherLeadersNeedDeputies", true), entry("policy", SCALEUP));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CEO", "CFO", "COO", "CIO", "VP_ENGINEERING", "VP_PRODUCT",
            "HEAD_OF_SALES", "HEAD_OF_MARKETING", "HEAD_OF_BUSINESS_DEVELOPMENT"})
    void noDeputyFiresForEveryLeadershipRole(Role role) {
        Assessment a = assess(healthyWith(Person.of("lead", "Lee", role).withReportsTo("ceo")));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-deputy lead MEDIUM");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ENGINEERING_MANAGER", "ENGINEER", "PRODUCT_MANAGER",
            "SALES_REPRESENTATIVE", "MARKETER", "OPERATIONS", "OTHER"})
    void noDeputyDoesNotFireForOtherRoles(Role role) {
        Assessment a = assess(healthyWith(Person.of("staff", "Sol", role).withReportsTo("ceo")));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void noDeputyDoesNotFireForALeaderWithADeputy() {
        Assessment a = assess(healthyWith(Person.of("cfo", "Fay", Role.CFO).withReportsTo("ceo").withDeputy("coo")));

        assertThat(keys(a)).isEmpty();
    }

    /** DESIGN: "HIGH for the CTO", and "the CTO" is {@code cto.person}, not any holder of the role. */
    @Test
    void noDeputyIsMediumForASecondCtoRoleHolderWhoIsNotTheCto() {
        // "acto" sorts before "cto": the cto section decides who the CTO is, not the smallest id.
        Assessment a = assess(healthyWith(Person.of("acto", "Ada", Role.CTO).withReportsTo("ceo")));

        assertThat(keys(a)).containsExactlyInAnyOrder("no-deputy acto MEDIUM");
    }

    // ---- distant-from-ceo

    @Test
    void distantFromCeo() {
        Assessment a = assess(healthyWith(healthyPerson("cto").withReportsTo("coo")));

        assertThat(keys(a)).containsExactlyInAnyOrder("distant-from-ceo cto LOW");
        Finding f = reported(a, "distant-from-ceo", "cto");
        assertThat(f.evidenceValues()).containsEntry("reportsTo", "coo");
        assertThat(f.message()).contains(f.evidence("reportsTo").orElseThrow().text());
    }

    @Test
    void distantFromCeoWhenTheCtoReportsToNobody() {
        Assessment a = assess(healthyWith(healthyPerson("cto").withReportsTo(null)));

        assertThat(keys(a)).containsExactlyInAnyOrder("distant-from-ceo cto LOW");
        assertThat(reported(a, "distant-from-ceo", "cto").evidenceValues()).containsEntry("reportsTo", null);
    }

    @Test
    void distantFromCeoDoesNotFireWhenTheManagerHoldsTheCeoRoleAmongOthers() {
        OrganisationProfile.Builder p = healthyWith(healthyPerson("ceo").withRoles(Role.COO, Role.CEO));

        assertThat(keys(assess(p))).isEmpty();
    }

    /** A founder who is both CEO and CTO is not one step removed from the CEO (the rule's reading). */
    @Test
    void distantFromCeoDoesNotFireWhenTheCtoIsTheCeo() {
        OrganisationProfile.Builder p = withPerson(
                healthyWith(healthyPerson("ceo").withRoles(Role.CEO, Role.CTO).withDeputy("coo")),
                healthyPerson("cto").withRoles(Role.VP_PRODUCT));
        p.cto(Profiles.healthyCtoFor("ceo"));

        assertThat(keys(assess(p))).isEmpty();
    }
}
