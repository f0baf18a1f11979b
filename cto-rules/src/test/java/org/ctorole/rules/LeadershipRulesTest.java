package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.atStage;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.healthyPerson;
import static org.ctorole.rules.Profiles.healthyWith;
import static org.ctorole.rules.Profiles.withOrganisation;
import static org.ctorole.rules.Profiles.withPerson;

import java.util.List;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Mirrors leadership.drl: no-technology-leader, part-time-cto, no-deputy, distant-from-ceo,
 * infrequent-ceo-contact.
 */
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
        // Whether other leaders need deputies does not judge the CTO's: neither it nor the policy is shown.
        assertThat(f.evidenceValues()).containsExactly(entry("roles", List.of("CTO")));
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

    /** HIGH for the CTO, and "the CTO" is {@code cto.person}, not any holder of the role. */
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

    // ---- no-technology-leader: the advice that fits the stage

    @Test
    void noTechnologyLeaderAdvisesAFractionalCtoAtAStartupAndAFullTimeOneAtAnEnterprise() {
        Finding startup = reported(assess(atStage(Stage.STARTUP, withoutCto())), "no-technology-leader", "acme");
        Finding enterprise = reported(assess(atStage(Stage.ENTERPRISE, withoutCto())), "no-technology-leader", "acme");
        Finding unstaged = reported(assess(atStage(null, withoutCto())), "no-technology-leader", "acme");

        assertThat(startup.conditions()).containsExactly("no-technology-leader (startup)");
        assertThat(startup.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(startup.recommendation()).startsWith("Bring in a fractional CTO for a few days a month");
        assertThat(enterprise.conditions()).containsExactly("no-technology-leader (enterprise)");
        assertThat(enterprise.recommendation()).startsWith("Appoint a full-time CTO, with an interim one");
        assertThat(unstaged.conditions()).containsExactly("no-technology-leader");
    }

    // ---- part-time-cto

    private static OrganisationProfile.Builder ctoEngaged(Engagement engagement, Stage stage) {
        return atStage(stage, healthyWith(healthyPerson("cto").withEngagement(engagement)));
    }

    @Test
    void aFractionalCtoFallsShortAtAnEnterprise() {
        Assessment a = assess(ctoEngaged(Engagement.FRACTIONAL, Stage.ENTERPRISE));

        assertThat(keys(a)).containsExactly("part-time-cto cto MEDIUM");
        Finding f = reported(a, "part-time-cto", "cto");
        assertThat(f.message()).isEqualTo("The CTO, Tess, is fractional, but an organisation at the enterprise stage"
                + " needs a full-time one");
        assertThat(f.evidenceValues()).containsEntry("fullTimeCtoExpected", true)
                .containsEntry("policy", "the ENTERPRISE preset");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"STARTUP", "SCALEUP"})
    void aFractionalCtoSuitsAStartupAndAScaleUp(Stage stage) {
        assertThat(keys(assess(ctoEngaged(Engagement.FRACTIONAL, stage)))).isEmpty();
        assertThat(keys(assess(ctoEngaged(Engagement.INTERIM, stage)))).isEmpty();
    }

    @Test
    void anInterimCtoAtAnEnterpriseIsLowWithAPlanForThePermanentOne() {
        Finding f = reported(assess(ctoEngaged(Engagement.INTERIM, Stage.ENTERPRISE)), "part-time-cto", "cto");

        assertThat(f.severity()).isEqualTo(Severity.LOW);
        assertThat(f.recommendation()).startsWith("Set a date for appointing a permanent CTO");
    }

    @Test
    void aRegulatorExpectsAFullTimeTechnologyLeaderAtAnyStage() {
        Assessment a = assess(withOrganisation(ctoEngaged(Engagement.FRACTIONAL, Stage.STARTUP),
                o -> o.withRegulated(true)));

        assertThat(keys(a)).containsExactly("part-time-cto cto MEDIUM");
        assertThat(reported(a, "part-time-cto", "cto").conditions()).containsExactly("part-time-cto (regulated)");
        assertThat(keys(assess(withOrganisation(ctoEngaged(Engagement.FULL_TIME, Stage.STARTUP),
                o -> o.withRegulated(true))))).isEmpty();
        assertThat(keys(assess(withOrganisation(ctoEngaged(Engagement.FRACTIONAL, Stage.STARTUP),
                o -> o.withRegulated(false))))).isEmpty();
    }

    // ---- no-deputy: by stage and engagement

    @Test
    void aFractionalCtoWithoutADeputyNeedsSomeoneInTheCompanyToDecide() {
        Assessment a = assess(healthyWith(healthyPerson("cto").withEngagement(Engagement.FRACTIONAL).withDeputy(null)));

        assertThat(keys(a)).containsExactly("no-deputy cto HIGH");
        Finding f = reported(a, "no-deputy", "cto");
        assertThat(f.message()).isEqualTo("The fractional CTO, Tess, has no deputy in the company to decide on the days"
                + " they are not there");
        assertThat(f.recommendation()).startsWith("Name an in-house technical lead who decides for Tess between visits");
    }

    @Test
    void otherLeadersNeedNoDeputyAtAStartupButDoAtAnEnterprise() {
        OrganisationProfile.Builder noDeputy = healthyWith(healthyPerson("coo").withDeputy(null));

        assertThat(keys(assess(atStage(Stage.STARTUP, noDeputy)))).isEmpty();
        assertThat(keys(assess(atStage(Stage.ENTERPRISE, healthyWith(healthyPerson("coo").withDeputy(null))))))
                .containsExactly("no-deputy coo MEDIUM");
        // The CTO needs a deputy at every stage.
        assertThat(keys(assess(atStage(Stage.STARTUP, healthyWith(healthyPerson("cto").withDeputy(null))))))
                .containsExactly("no-deputy cto HIGH");
    }

    // ---- infrequent-ceo-contact

    private static OrganisationProfile.Builder ceoMeetings(Cadence cadence, Stage stage) {
        return atStage(stage, healthy().cto(healthyCto().withCeoMeetings(cadence)));
    }

    @Test
    void weeklyOneToOnesAreCloseEnoughAtAScaleUpAndFortnightlyOnesAreNot() {
        assertThat(keys(assess(ceoMeetings(Cadence.WEEKLY, Stage.SCALEUP)))).isEmpty();
        Assessment a = assess(ceoMeetings(Cadence.FORTNIGHTLY, Stage.SCALEUP));

        assertThat(keys(a)).containsExactly("infrequent-ceo-contact cto MEDIUM");
        Finding f = reported(a, "infrequent-ceo-contact", "cto");
        assertThat(f.message()).isEqualTo("The CTO, Tess, meets the CEO one to one fortnightly (at least every 7 days)");
        assertThat(f.evidenceValues()).containsExactly(entry("ceoMeetings", "FORTNIGHTLY"),
                entry("ceoMeetingMaxIntervalDays", 7L), entry("policy", SCALEUP));
    }

    @Test
    void anEnterpriseCtoMayMeetTheCeoEveryTwoWeeksButNotMonthly() {
        assertThat(keys(assess(ceoMeetings(Cadence.FORTNIGHTLY, Stage.ENTERPRISE)))).isEmpty();
        assertThat(keys(assess(ceoMeetings(Cadence.MONTHLY, Stage.ENTERPRISE))))
                .containsExactly("infrequent-ceo-contact cto MEDIUM");
    }

    @Test
    void irregularOrNoOneToOnesWithTheCeo() {
        Finding adHoc = reported(assess(ceoMeetings(Cadence.AD_HOC, Stage.SCALEUP)), "infrequent-ceo-contact", "cto");
        Finding never = reported(assess(ceoMeetings(Cadence.NEVER, Stage.SCALEUP)), "infrequent-ceo-contact", "cto");

        assertThat(adHoc.conditions()).containsExactly("infrequent-ceo-contact (irregular)");
        assertThat(adHoc.message()).contains("only now and then");
        assertThat(never.conditions()).containsExactly("infrequent-ceo-contact (never)");
        assertThat(never.recommendation()).startsWith("Start a one-to-one of Tess with the CEO this week");
    }

    @Test
    void aCtoWhoIsAlsoTheCeoHasNobodyToMeet() {
        OrganisationProfile.Builder p = withPerson(healthy().cto(healthyCto().withCeoMeetings(Cadence.NEVER)),
                healthyPerson("cto").withRoles(Role.CEO, Role.CTO).withReportsTo(null));

        assertThat(keys(assess(p))).doesNotContain("infrequent-ceo-contact cto MEDIUM");
    }
}
