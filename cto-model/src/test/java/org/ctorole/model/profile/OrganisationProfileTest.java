package org.ctorole.model.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrganisationProfileTest {

    private static final Organisation ACME =
            new Organisation("acme", "Acme", Stage.STARTUP, 12, LocalDate.of(2026, 11, 1));

    @Nested
    class The_cto {

        @Test
        void is_cto_person_when_the_cto_section_is_present() {
            // zoe also holds the CTO role and has a smaller id than maya: cto.person wins
            OrganisationProfile p = Northwind.builder()
                    .person(Person.of("a-zoe", "Zoe", Role.CTO).withReportsTo("omar"))
                    .build();
            assertThat(p.theCto()).map(Person::id).contains("maya");
        }

        @Test
        void is_the_cto_role_holder_with_the_smallest_id_when_the_section_is_absent() {
            OrganisationProfile p = Northwind.builder()
                    .cto(null)
                    .person(Person.of("zoe", "Zoe", Role.CTO).withReportsTo("omar"))
                    .person(Person.of("kim", "Kim", Role.CTO, Role.CIO).withReportsTo("omar"))
                    .build();
            assertThat(p.theCto()).map(Person::id).contains("kim");
        }

        @Test
        void is_the_only_cto_role_holder_when_the_section_is_absent() {
            OrganisationProfile p = Northwind.builder().cto(null).build();
            assertThat(p.theCto()).map(Person::id).contains("maya");
        }

        @Test
        void is_empty_when_nobody_holds_the_cto_role() {
            List<Person> people = new ArrayList<>(Northwind.people());
            people.set(Northwind.MAYA, people.get(Northwind.MAYA).withRoles(Role.VP_PRODUCT));
            OrganisationProfile p = Northwind.builder().cto(null).people(people).build();
            assertThat(p.theCto()).isEmpty();
        }

        @Test
        void is_empty_when_cto_person_does_not_hold_the_role() {
            // an invalid profile; theCto must not pick someone else behind the user's back
            OrganisationProfile p = Northwind.builder().cto(CtoWorkingPattern.of("raj")).buildUnvalidated();
            assertThat(p.theCto()).isEmpty();
        }
    }

    @Nested
    class Present_sections {

        @Test
        void northwind_gives_every_section() {
            assertThat(Northwind.profile().presentSections()).containsExactly(Section.values());
        }

        @Test
        void a_minimal_profile_gives_only_the_required_sections() {
            OrganisationProfile p = OrganisationProfile.builder()
                    .organisation(ACME)
                    .person(Person.of("kim", "Kim Lee", Role.CEO))
                    .build();
            // waivers is a plain list: no waivers is the same as an empty waiver list
            assertThat(p.presentSections()).containsExactly(Section.ORGANISATION, Section.PEOPLE, Section.WAIVERS);
        }

        @Test
        void an_empty_list_is_a_present_section() {
            OrganisationProfile p = OrganisationProfile.builder()
                    .organisation(ACME)
                    .person(Person.of("kim", "Kim Lee", Role.CEO))
                    .systems(List.of())
                    .knowledge(List.of())
                    .build();
            assertThat(p.presentSections()).contains(Section.SYSTEMS, Section.KNOWLEDGE)
                    .doesNotContain(Section.CTO, Section.STRATEGY, Section.FORUMS, Section.INDICATORS,
                            Section.COMMITMENTS, Section.SUPPLIERS, Section.SECURITY);
            assertThat(p.systems()).contains(List.of());
        }

        @Test
        void omitting_one_section_removes_only_that_one() {
            OrganisationProfile p = Northwind.builder().forums(null).security(null).build();
            assertThat(p.presentSections()).doesNotContain(Section.FORUMS, Section.SECURITY).hasSize(10);
            assertThat(p.forums()).isEmpty();
        }

        @Test
        void adding_one_item_makes_a_section_present() {
            OrganisationProfile p = Northwind.builder().strategy(null)
                    .initiative(new StrategyInitiative("x", "X", StrategyStage.REVIEW)).build();
            assertThat(p.presentSections()).contains(Section.STRATEGY);
            assertThat(p.strategy().orElseThrow()).hasSize(1);
        }

        @Test
        void section_keys_are_the_yaml_keys() {
            assertThat(Section.KNOWLEDGE.key()).isEqualTo("knowledge");
            assertThat(Section.CTO.key()).isEqualTo("cto");
        }
    }

    @Nested
    class Immutability {

        @Test
        void lists_passed_to_the_builder_can_change_afterwards() {
            List<Person> people = new ArrayList<>(Northwind.people());
            List<KnowledgeArea> knowledge = new ArrayList<>(Northwind.knowledge());
            List<Waiver> waivers = new ArrayList<>(Northwind.waivers());
            OrganisationProfile.Builder builder = Northwind.builder().people(people).knowledge(knowledge)
                    .waivers(waivers);
            OrganisationProfile p = builder.build();

            people.clear();
            knowledge.clear();
            waivers.clear();
            builder.person(Person.of("zoe", "Zoe", Role.ENGINEER)).knowledgeArea(
                    new KnowledgeArea("extra", false, List.of())).waiver(null);

            assertThat(p).isEqualTo(Northwind.profile());
            assertThat(p.people()).hasSize(11);
        }

        @Test
        void lists_passed_to_the_record_can_change_afterwards() {
            List<Person> people = new ArrayList<>(Northwind.people());
            List<SystemAsset> systems = new ArrayList<>(Northwind.systems());
            List<Waiver> waivers = new ArrayList<>(Northwind.waivers());
            OrganisationProfile p = new OrganisationProfile(OrganisationProfile.SCHEMA, Northwind.organisation(),
                    people, Optional.of(Northwind.cto()), Optional.empty(), Optional.of(systems), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), waivers);

            people.remove(0);
            systems.clear();
            waivers.clear();

            assertThat(p.people()).isEqualTo(Northwind.people());
            assertThat(p.systems()).contains(Northwind.systems());
            assertThat(p.waivers()).isEqualTo(Northwind.waivers());
        }

        @Test
        void nested_lists_and_maps_are_copied() {
            List<Role> roles = new ArrayList<>(List.of(Role.CTO));
            Person person = new Person("maya", "Maya", Optional.empty(), roles, Optional.empty(), Optional.empty(), null);
            List<String> experts = new ArrayList<>(List.of("ana"));
            KnowledgeArea area = new KnowledgeArea("payments", true, experts);
            Map<Activity, Double> allocation = new EnumMap<>(Northwind.timeAllocation());
            List<Accountability> accountable = new ArrayList<>(List.of(Accountability.SCHEDULE));
            CtoWorkingPattern cto = CtoWorkingPattern.of("maya").withTimeAllocation(allocation)
                    .withAccountableFor(accountable);

            roles.add(Role.CEO);
            experts.add("ben");
            allocation.put(Activity.SALES, 90.0);
            accountable.clear();

            assertThat(person.roles()).containsExactly(Role.CTO);
            assertThat(person.engagement()).isEqualTo(Engagement.FULL_TIME);
            assertThat(area.experts()).containsExactly("ana");
            assertThat(cto.percentOf(Activity.SALES)).contains(10.0);
            assertThat(cto.accountableFor()).contains(List.of(Accountability.SCHEDULE));
        }

        @Test
        void the_profiles_collections_are_unmodifiable() {
            OrganisationProfile p = Northwind.profile();
            Person someone = Person.of("zoe", "Zoe", Role.ENGINEER);
            assertThatThrownBy(() -> p.people().add(someone)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.waivers().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.knowledge().orElseThrow().remove(0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.systems().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.strategy().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.forums().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.indicators().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.commitments().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.suppliers().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.people().get(0).roles().add(Role.CTO))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.knowledge().orElseThrow().get(0).experts().add("zed"))
                    .isInstanceOf(UnsupportedOperationException.class);
            CtoWorkingPattern cto = p.cto().orElseThrow();
            assertThatThrownBy(() -> cto.timeAllocation().orElseThrow().put(Activity.SALES, 1.0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> cto.accountableFor().orElseThrow().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void to_builder_changes_a_copy_only() {
            OrganisationProfile p = Northwind.profile();
            OrganisationProfile changed = p.toBuilder().person(Person.of("zoe", "Zoe", Role.ENGINEER))
                    .systems(null).waiver(null).buildUnvalidated();
            assertThat(p).isEqualTo(Northwind.profile());
            assertThat(changed.people()).hasSize(12);
            assertThat(changed.systems()).isEmpty();
        }
    }

    @Nested
    class Building {

        @Test
        void build_throws_every_problem_at_once() {
            OrganisationProfile.Builder builder = OrganisationProfile.builder()
                    .organisation(new Organisation(null, "Acme", Stage.STARTUP, 12, null))
                    .person(Person.of("kim", "Kim Lee", Role.CEO).withReportsTo("zed"));
            assertThatThrownBy(builder::build)
                    .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.problems())
                            .containsExactly(
                                    Problem.at("organisation.id", "missing required value"),
                                    Problem.at("organisation.assessedOn", "missing required value"),
                                    Problem.at("people[0].reportsTo", "unknown person 'zed'")))
                    .hasMessage("3 problems in the profile:\n"
                            + "  organisation.id: missing required value\n"
                            + "  organisation.assessedOn: missing required value\n"
                            + "  people[0].reportsTo: unknown person 'zed'");
        }

        @Test
        void build_unvalidated_keeps_an_invalid_profile() {
            OrganisationProfile p = OrganisationProfile.builder().buildUnvalidated();
            assertThat(p.organisation()).isNull();
            assertThat(p.people()).isEmpty();
            assertThat(p.schema()).isEqualTo(OrganisationProfile.SCHEMA);
        }

        @Test
        void a_person_defaults_to_full_time() {
            assertThat(Person.of("kim", "Kim Lee", Role.CEO).engagement()).isEqualTo(Engagement.FULL_TIME);
            assertThat(Person.of("kim", "Kim Lee", Role.CEO).withEngagement(null).engagement())
                    .isEqualTo(Engagement.FULL_TIME);
        }
    }
}
