package org.ctorole.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Section;
import org.ctorole.model.validation.ProfileValidator;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticProfilesTest {

    @ParameterizedTest
    @ValueSource(ints = {50, 1_000, 10_000})
    void hasDesignsSizesAndIsValid(int people) {
        OrganisationProfile p = SyntheticProfiles.of(people, 1);

        assertThat(ProfileValidator.validate(p)).isEmpty();
        assertThat(p.people()).hasSize(people);
        assertThat(p.knowledge().orElseThrow()).hasSize(people / 2);
        assertThat(p.knowledge().orElseThrow().stream().mapToInt(a -> a.experts().size()).sum()).isEqualTo(2 * people);
        assertThat(p.systems().orElseThrow()).hasSize(people / 5);
        assertThat(p.presentSections()).isEqualTo(EnumSet.allOf(Section.class));
        assertThat(p.organisation().assessedOn()).isEqualTo(SyntheticProfiles.ASSESSED_ON);
    }

    @Test
    void tenThousandPeopleMeansFiveThousandAreasTwentyThousandPairsTwoThousandSystems() {
        assertThat(SyntheticProfiles.knowledgeAreas(10_000)).isEqualTo(5_000);
        assertThat(SyntheticProfiles.expertisePairs(10_000)).isEqualTo(20_000);
        assertThat(SyntheticProfiles.systems(10_000)).isEqualTo(2_000);
    }

    @Test
    void isValidForManySizesAndSeeds() {
        for (int people = 1; people <= 120; people++) {
            for (long seed = -2; seed <= 6; seed++) {
                OrganisationProfile p = SyntheticProfiles.of(people, seed);
                assertThat(ProfileValidator.validate(p)).as("people %d seed %d", people, seed).isEmpty();
                assertThat(p.knowledge().orElseThrow().stream().mapToInt(a -> a.experts().size()).sum())
                        .as("pairs of people %d seed %d", people, seed)
                        .isEqualTo(SyntheticProfiles.expertisePairs(people));
            }
        }
        for (long seed = 1; seed <= 10; seed++) {
            assertThat(ProfileValidator.validate(SyntheticProfiles.of(1_000, seed))).isEmpty();
        }
    }

    @Test
    void isDeterministic() {
        assertThat(SyntheticProfiles.of(1_000, 7)).isEqualTo(SyntheticProfiles.of(1_000, 7));
        assertThat(SyntheticProfiles.of(1_000, 7)).isNotEqualTo(SyntheticProfiles.of(1_000, 8));
    }

    @Test
    void rejectsAnEmptyOrganisation() {
        assertThatThrownBy(() -> SyntheticProfiles.of(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("people");
    }

    @Test
    void expertsOfAnAreaAreDistinct() {
        for (KnowledgeArea area : SyntheticProfiles.of(50, 3).knowledge().orElseThrow()) {
            assertThat(area.experts()).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyRuleFiresSomewhereInTheMix() {
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        Set<String> fired = new TreeSet<>();
        for (long seed = 1; seed <= 40; seed++) {
            assessor.assess(SyntheticProfiles.of(50, seed)).findings().forEach(f -> fired.add(f.ruleId()));
        }
        for (long seed = 1; seed <= 3; seed++) {
            assessor.assess(SyntheticProfiles.of(1_000, seed)).findings().stream().map(Finding::ruleId)
                    .forEach(fired::add);
        }
        assertThat(fired).containsAll(assessor.ruleBook().rules().stream().map(r -> r.id()).toList());
    }

    @Test
    void theBenchmarkProfilesHaveACtoAndManyFindings() {
        CtoAssessor assessor = CtoAssessor.withDefaultRules();
        for (int people : new int[] {50, 1_000, 10_000}) {
            OrganisationProfile p = SyntheticProfiles.of(people, 1);
            assertThat(p.theCto()).as("CTO of %d", people).isPresent();
            assertThat(assessor.assess(p).findings().stream().map(Finding::ruleId).distinct().count())
                    .as("distinct rules firing at %d people", people).isGreaterThanOrEqualTo(12);
        }
    }
}
