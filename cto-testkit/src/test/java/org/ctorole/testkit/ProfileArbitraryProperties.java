package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.validation.ProfileValidator;

/** The arbitraries themselves: what they generate is valid and honours every option. */
class ProfileArbitraryProperties {
    private static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 1);

    @Property(tries = 500)
    void everyDefaultProfileIsValid(@ForAll OrganisationProfile profile) {
        assertThat(ProfileValidator.validate(profile)).isEmpty();
        assertThat(profile.organisation().assessedOn()).isEqualTo(ASSESSED_ON);
        Statistics.label("people").collect(profile.people().size() <= 3 ? "1-3" : "4-8");
        Statistics.label("CTO").collect(profile.theCto().isPresent());
    }

    @Property(tries = 500)
    void everyProfileOfEveryOptionIsValid(@ForAll("anyOptions") OrganisationProfile profile) {
        assertThat(ProfileValidator.validate(profile)).isEmpty();
    }

    @Provide
    Arbitrary<OrganisationProfile> anyOptions() {
        ProfileArbitrary profiles = CtoArbitraries.profiles();
        List<Arbitrary<OrganisationProfile>> variants = new java.util.ArrayList<>(List.of(
                profiles.healthy(),
                profiles.withCto(),
                profiles.withoutCto(),
                profiles.people(1, 1),
                profiles.people(12, 20).knowledgeAreas(0, 10).systems(0, 8),
                profiles.healthy().people(2, 2).knowledgeAreas(2, 2).systems(1, 1),
                profiles.stage(Stage.ENTERPRISE).withCto().healthy()));
        for (String rule : CtoArbitraries.organisationRules()) {
            variants.add(profiles.withAntiPattern(rule));
            variants.add(profiles.healthy().withAntiPattern(rule));
        }
        return Arbitraries.oneOf(variants);
    }

    @Property(tries = 200)
    void optionsAreHonoured(@ForAll("sized") OrganisationProfile profile) {
        assertThat(profile.people()).hasSizeBetween(3, 5);
        assertThat(profile.knowledge()).hasValueSatisfying(k -> assertThat(k).hasSizeBetween(2, 4));
        assertThat(profile.systems()).hasValueSatisfying(s -> assertThat(s).hasSizeBetween(1, 2));
        assertThat(profile.organisation().stage()).isEqualTo(Stage.STARTUP);
        assertThat(profile.theCto()).isPresent();
    }

    @Provide
    Arbitrary<OrganisationProfile> sized() {
        return CtoArbitraries.profiles().people(3, 5).knowledgeAreas(2, 4).systems(1, 2).stage(Stage.STARTUP).withCto();
    }

    @Property(tries = 100)
    void withoutCtoNobodyHoldsTheRole(@ForAll("withoutCto") OrganisationProfile profile) {
        assertThat(profile.people()).noneMatch(p -> p.holds(Role.CTO));
        assertThat(profile.cto()).isEmpty();
    }

    @Provide
    Arbitrary<OrganisationProfile> withoutCto() {
        return CtoArbitraries.profiles().withoutCto();
    }

    @Property(tries = 300)
    void idsAreShortAndPositional(@ForAll OrganisationProfile profile) {
        for (int i = 0; i < profile.people().size(); i++) {
            assertThat(profile.people().get(i).id()).isEqualTo("p" + (i + 1));
        }
        profile.knowledge().ifPresent(areas -> {
            for (int i = 0; i < areas.size(); i++) {
                assertThat(areas.get(i).area()).isEqualTo("a" + (i + 1));
            }
        });
        profile.systems().ifPresent(systems -> {
            for (int i = 0; i < systems.size(); i++) {
                assertThat(systems.get(i).id()).isEqualTo("s" + (i + 1));
            }
        });
    }

    // ---- part arbitraries -------------------------------------------------------------------

    @Property(tries = 300)
    void peopleListsAreValidOnTheirOwn(@ForAll("people") List<Person> people) {
        assertThat(people).hasSizeBetween(2, 6);
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(new Organisation("org", null, null, null, ASSESSED_ON)).people(people).buildUnvalidated();
        assertThat(ProfileValidator.validate(profile)).isEmpty();
        assertThat(people.stream().filter(p -> p.holds(Role.CTO)).count()).isLessThanOrEqualTo(1);
    }

    @Provide
    Arbitrary<List<Person>> people() {
        return CtoArbitraries.people(2, 6);
    }

    @Property(tries = 300)
    void knowledgeAreasNameOnlyTheGivenPeople(@ForAll("areas") List<KnowledgeArea> areas) {
        assertThat(areas).hasSizeBetween(1, 5);
        Set<String> ids = new HashSet<>();
        for (KnowledgeArea area : areas) {
            assertThat(ids.add(area.area())).isTrue();
            assertThat(area.critical()).isNotNull();
            assertThat(area.experts()).doesNotHaveDuplicates().isSubsetOf("ana", "ben", "cy");
        }
    }

    @Provide
    Arbitrary<List<KnowledgeArea>> areas() {
        return CtoArbitraries.knowledgeAreas(List.of("ana", "ben", "cy"), 1, 5);
    }

    @Property(tries = 300)
    void systemsAreValidAndBackupsDatedBeforeTheAssessment(@ForAll("systems") List<SystemAsset> systems) {
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(new Organisation("org", null, null, null, ASSESSED_ON))
                .person(Person.of("p1", null, Role.CTO)).systems(systems).buildUnvalidated();
        assertThat(ProfileValidator.validate(profile)).isEmpty();
        Statistics.label("backed up").collect(systems.stream().anyMatch(s -> s.backup().isPresent()));
    }

    @Provide
    Arbitrary<List<SystemAsset>> systems() {
        return CtoArbitraries.systems();
    }

    @Property(tries = 500)
    void timeAllocationsSumToExactly100(@ForAll("time") Map<Activity, Double> time) {
        double sum = time.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(sum).isEqualTo(100.0);
        assertThat(time.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
    }

    @Provide
    Arbitrary<Map<Activity, Double>> time() {
        return CtoArbitraries.timeAllocations();
    }
}
