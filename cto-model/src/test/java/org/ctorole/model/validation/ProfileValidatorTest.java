package org.ctorole.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.model.profile.Northwind.ANA;
import static org.ctorole.model.profile.Northwind.ASSESSED_ON;
import static org.ctorole.model.profile.Northwind.BEN;
import static org.ctorole.model.profile.Northwind.CHLOE;
import static org.ctorole.model.profile.Northwind.DMITRI;
import static org.ctorole.model.profile.Northwind.EVE;
import static org.ctorole.model.profile.Northwind.INES;
import static org.ctorole.model.profile.Northwind.LENA;
import static org.ctorole.model.profile.Northwind.MAYA;
import static org.ctorole.model.profile.Northwind.OMAR;
import static org.ctorole.model.profile.Northwind.RAJ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.Waiver;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per check of {@link ProfileValidator}: each starts from the valid northwind profile,
 * introduces one problem and asserts the exact list of problems reported.
 */
class ProfileValidatorTest {

    private static final LocalDate DAY_AFTER = ASSESSED_ON.plusDays(1);

    // ---------------------------------------------------------------- helpers

    private static List<Problem> problemsOf(OrganisationProfile.Builder builder) {
        return ProfileValidator.validate(builder.buildUnvalidated());
    }

    private static <T> List<T> changed(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static List<Problem> withPerson(int index, UnaryOperator<Person> change) {
        return problemsOf(Northwind.builder().people(changed(Northwind.people(), index, change)));
    }

    private static List<Problem> withCto(UnaryOperator<CtoWorkingPattern> change) {
        return problemsOf(Northwind.builder().cto(change.apply(Northwind.cto())));
    }

    private static List<Problem> withAllocation(UnaryOperator<Map<Activity, Double>> change) {
        Map<Activity, Double> allocation = new EnumMap<>(Northwind.timeAllocation());
        return withCto(c -> c.withTimeAllocation(change.apply(allocation)));
    }

    private static List<Problem> withHandsOn(double percent) {
        return withAllocation(m -> {
            m.put(Activity.HANDS_ON_DELIVERY, percent);
            return m;
        });
    }

    private static List<Problem> withKnowledge(int index, UnaryOperator<KnowledgeArea> change) {
        return problemsOf(Northwind.builder().knowledge(changed(Northwind.knowledge(), index, change)));
    }

    private static List<Problem> withSystem(int index, UnaryOperator<SystemAsset> change) {
        return problemsOf(Northwind.builder().systems(changed(Northwind.systems(), index, change)));
    }

    private static List<Problem> withBackup(int system, UnaryOperator<Backup> change) {
        return withSystem(system, s -> new SystemAsset(s.id(), s.holdsData(), s.critical(),
                s.backup().map(change)));
    }

    private static List<Problem> withForum(int index, UnaryOperator<Forum> change) {
        return problemsOf(Northwind.builder().forums(changed(Northwind.forums(), index, change)));
    }

    private static List<Problem> withIndicator(int index, UnaryOperator<IndicatorReading> change) {
        return problemsOf(Northwind.builder().indicators(changed(Northwind.indicators(), index, change)));
    }

    private static List<Problem> withCommitment(int index, UnaryOperator<Commitment> change) {
        return problemsOf(Northwind.builder().commitments(changed(Northwind.commitments(), index, change)));
    }

    private static List<Problem> withSupplier(int index, UnaryOperator<Supplier> change) {
        return problemsOf(Northwind.builder().suppliers(changed(Northwind.suppliers(), index, change)));
    }

    private static List<Problem> withWaiver(int index, UnaryOperator<Waiver> change) {
        return problemsOf(Northwind.builder().waivers(changed(Northwind.waivers(), index, change)));
    }

    private static Person withRoles(Person p, List<Role> roles) {
        return new Person(p.id(), p.name(), p.email(), roles, p.reportsTo(), p.deputy(), p.engagement());
    }

    private static Forum forum(Forum f, Integer minutes) {
        return new Forum(f.id(), f.kind(), f.ctoAttends(), Optional.ofNullable(minutes), f.technicalDepth(),
                f.architectureDiscussionsCut());
    }

    private static Supplier rate(Supplier s, double rate) {
        return new Supplier(s.id(), s.critical(), s.roadmapKnown(), Optional.of(rate));
    }

    private static IndicatorReading value(IndicatorReading r, Double value) {
        return new IndicatorReading(r.indicator(), value, r.measuredOn());
    }

    // ---------------------------------------------------------------- the valid starting point

    @Test
    void northwind_is_valid() {
        assertThat(problemsOf(Northwind.builder())).isEmpty();
    }

    @Test
    void no_profile_is_one_problem() {
        assertThat(ProfileValidator.validate(null)).containsExactly(Problem.at("", "no profile given"));
    }

    @Test
    void require_valid_throws_with_every_problem() {
        OrganisationProfile p = Northwind.builder().schema("cto-profile/2").buildUnvalidated();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileValidator.requireValid(p))
                .isInstanceOfSatisfying(InvalidProfileException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.at("schema",
                                "unsupported schema 'cto-profile/2', expected 'cto-profile/1'")))
                .hasMessage("1 problem in the profile:\n"
                        + "  schema: unsupported schema 'cto-profile/2', expected 'cto-profile/1'");
    }

    @Test
    void problem_prints_path_and_message() {
        assertThat(Problem.at("people[3].reportsTo", "unknown person 'zed'"))
                .hasToString("people[3].reportsTo: unknown person 'zed'");
        assertThat(Problem.at("people[3].reportsTo", "unknown person 'zed'")
                .withLocation(new Problem.Location("northwind.yaml", 30, 16)))
                .hasToString("northwind.yaml:30:16: people[3].reportsTo: unknown person 'zed'");
    }

    // ---------------------------------------------------------------- schema and organisation

    @Nested
    class Schema_and_organisation {

        @Test
        void unsupported_schema() {
            assertThat(problemsOf(Northwind.builder().schema("cto-profile/2"))).containsExactly(
                    Problem.at("schema", "unsupported schema 'cto-profile/2', expected 'cto-profile/1'"));
        }

        @Test
        void organisation_missing() {
            assertThat(problemsOf(Northwind.builder().organisation(null))).containsExactly(
                    Problem.at("organisation", "missing required section"));
        }

        @Test
        void organisation_id_missing() {
            Organisation o = Northwind.organisation();
            assertThat(problemsOf(Northwind.builder().organisation(
                    new Organisation(null, o.name(), o.stage(), o.headcount(), o.assessedOn())))).containsExactly(
                    Problem.at("organisation.id", "missing required value"));
        }

        @Test
        void organisation_id_blank() {
            Organisation o = Northwind.organisation();
            assertThat(problemsOf(Northwind.builder().organisation(
                    new Organisation(" ", o.name(), o.stage(), o.headcount(), o.assessedOn())))).containsExactly(
                    Problem.at("organisation.id", "missing required value"));
        }

        @Test
        void assessed_on_missing() {
            Organisation o = Northwind.organisation();
            assertThat(problemsOf(Northwind.builder().organisation(
                    new Organisation(o.id(), o.name(), o.stage(), o.headcount(), null)))).containsExactly(
                    Problem.at("organisation.assessedOn", "missing required value"));
        }

        @Test
        void headcount_negative() {
            Organisation o = Northwind.organisation();
            assertThat(problemsOf(Northwind.builder().organisation(
                    new Organisation(o.id(), o.name(), o.stage(), -1, o.assessedOn())))).containsExactly(
                    Problem.at("organisation.headcount", "must not be negative, was -1"));
        }

        @Test
        void optional_organisation_fields_may_be_omitted() {
            assertThat(problemsOf(Northwind.builder().organisation(
                    new Organisation("northwind", null, null, null, ASSESSED_ON)))).isEmpty();
            assertThat(problemsOf(Northwind.builder().organisation(
                    new Organisation("northwind", "N", Stage.STARTUP, 0, ASSESSED_ON)))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- people

    @Nested
    class People {

        @Test
        void duplicate_person_id() {
            assertThat(withPerson(EVE, p -> new Person("ana", p.name(), p.email(), p.roles(), p.reportsTo(), p.deputy(),
                    p.engagement()))).containsExactly(
                    Problem.at("people[10].id", "duplicate person id 'ana'"));
        }

        @Test
        void person_id_missing() {
            assertThat(withPerson(EVE, p -> new Person(null, p.name(), p.email(), p.roles(), p.reportsTo(), p.deputy(),
                    p.engagement()))).containsExactly(
                    Problem.at("people[10].id", "missing required value"));
        }

        @Test
        void missing_person_entry() {
            assertThat(problemsOf(Northwind.builder().person(null))).containsExactly(
                    Problem.at("people[11]", "missing entry"));
        }

        @Test
        void no_role() {
            assertThat(withPerson(EVE, p -> withRoles(p, List.of()))).containsExactly(
                    Problem.at("people[10].roles", "at least one role is required"));
        }

        @Test
        void missing_role() {
            assertThat(withPerson(EVE, p -> withRoles(p, Arrays.asList(Role.ENGINEER, null)))).containsExactly(
                    Problem.at("people[10].roles[1]", "missing role"));
        }

        @Test
        void emails_are_optional_and_kept_as_written() {
            assertThat(withPerson(RAJ, p -> p.withEmail("Raj.Patel+ops@Northwind.example.co.uk"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"raj", "raj@", "@northwind.example", "raj@northwind", "raj patel@northwind.example",
                "raj@@northwind.example", "raj@northwind..example", ""})
        void implausible_email(String email) {
            assertThat(withPerson(RAJ, p -> p.withEmail(email))).containsExactly(
                    Problem.at("people[3].email", "'" + email + "' is not an e-mail address (expected name@domain.tld)"));
        }

        @Test
        void email_longer_than_an_smtp_path() {
            String email = "r".repeat(250) + "@n.io";
            assertThat(withPerson(RAJ, p -> p.withEmail(email))).containsExactly(
                    Problem.at("people[3].email", "'" + email + "' is not an e-mail address (expected name@domain.tld)"));
        }

        @Test
        void duplicate_email_ignoring_case() {
            OrganisationProfile.Builder b = Northwind.builder();
            List<Person> people = new ArrayList<>(Northwind.people());
            people.set(RAJ, people.get(RAJ).withEmail("raj@northwind.example"));
            people.set(EVE, people.get(EVE).withEmail("RAJ@Northwind.example"));
            assertThat(problemsOf(b.people(people))).containsExactly(
                    Problem.at("people[10].email", "duplicate e-mail 'RAJ@Northwind.example' (also people[3])"));
        }

        @Test
        void reports_to_unknown_person() {
            assertThat(withPerson(RAJ, p -> p.withReportsTo("zed"))).containsExactly(
                    Problem.at("people[3].reportsTo", "unknown person 'zed'"));
        }

        @Test
        void reports_to_themself() {
            assertThat(withPerson(RAJ, p -> p.withReportsTo("raj"))).containsExactly(
                    Problem.at("people[3].reportsTo", "a person cannot report to themself"));
        }

        @Test
        void deputy_unknown() {
            assertThat(withPerson(RAJ, p -> p.withDeputy("zed"))).containsExactly(
                    Problem.at("people[3].deputy", "unknown person 'zed'"));
        }

        @Test
        void deputy_is_themself() {
            assertThat(withPerson(RAJ, p -> p.withDeputy("raj"))).containsExactly(
                    Problem.at("people[3].deputy", "a person cannot be their own deputy"));
        }

        @Test
        void reporting_cycle_of_two() {
            // omar (listed first) -> ines -> omar
            assertThat(withPerson(OMAR, p -> p.withReportsTo("ines"))).containsExactly(
                    Problem.at("people[0].reportsTo", "reporting cycle omar -> ines -> omar"));
        }

        @Test
        void reporting_cycle_of_two_reported_at_the_person_listed_first() {
            // lena already reports to raj; raj now reports to lena: raj is listed before lena
            assertThat(withPerson(RAJ, p -> p.withReportsTo("lena"))).containsExactly(
                    Problem.at("people[3].reportsTo", "reporting cycle raj -> lena -> raj"));
        }

        @Test
        void reporting_cycle_of_three() {
            // omar -> maya -> ines -> omar; raj and everyone below maya hang off the cycle
            assertThat(withPerson(OMAR, p -> p.withReportsTo("maya"))).containsExactly(
                    Problem.at("people[0].reportsTo", "reporting cycle omar -> maya -> ines -> omar"));
        }

        @Test
        void reporting_cycle_entered_from_outside_starts_at_the_person_listed_first() {
            // ana reports to chloe, who is on the cycle chloe -> dmitri -> ben -> chloe:
            // the walk from ana meets chloe first, but ben is listed first
            List<Person> people = new ArrayList<>(Northwind.people());
            people.set(ANA, people.get(ANA).withReportsTo("chloe"));
            people.set(BEN, people.get(BEN).withReportsTo("chloe"));
            people.set(CHLOE, people.get(CHLOE).withReportsTo("dmitri"));
            people.set(DMITRI, people.get(DMITRI).withReportsTo("ben"));
            assertThat(problemsOf(Northwind.builder().people(people))).containsExactly(
                    Problem.at("people[7].reportsTo", "reporting cycle ben -> chloe -> dmitri -> ben"));
        }

        @Test
        void two_reporting_cycles_are_each_reported_once() {
            List<Person> people = new ArrayList<>(Northwind.people());
            people.set(OMAR, people.get(OMAR).withReportsTo("ines"));
            people.set(RAJ, people.get(RAJ).withReportsTo("lena"));
            assertThat(problemsOf(Northwind.builder().people(people))).containsExactly(
                    Problem.at("people[0].reportsTo", "reporting cycle omar -> ines -> omar"),
                    Problem.at("people[3].reportsTo", "reporting cycle raj -> lena -> raj"));
        }

        @Test
        void engagement_and_deputies_are_optional() {
            assertThat(withPerson(MAYA, p -> p.withEngagement(Engagement.FRACTIONAL))).isEmpty();
            assertThat(withPerson(INES, p -> p.withDeputy(null))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- cto

    @Nested
    class Cto {

        @Test
        void cto_person_unknown() {
            assertThat(withCto(c -> new CtoWorkingPattern("zed", c.timeAllocation(), c.accountableFor(),
                    c.receivesCompetitiveIntelligence(), c.lastTechnologyReview()))).containsExactly(
                    Problem.at("cto.person", "unknown person 'zed'"));
        }

        @Test
        void cto_person_not_holding_the_cto_role() {
            assertThat(withCto(c -> new CtoWorkingPattern("raj", c.timeAllocation(), c.accountableFor(),
                    c.receivesCompetitiveIntelligence(), c.lastTechnologyReview()))).containsExactly(
                    Problem.at("cto.person", "person 'raj' does not hold the CTO role"));
        }

        @Test
        void cto_person_missing() {
            assertThat(withCto(c -> new CtoWorkingPattern(null, c.timeAllocation(), c.accountableFor(),
                    c.receivesCompetitiveIntelligence(), c.lastTechnologyReview()))).containsExactly(
                    Problem.at("cto.person", "missing required value"));
        }

        @Test
        void a_cto_section_naming_only_the_person_is_valid() {
            assertThat(problemsOf(Northwind.builder().cto(CtoWorkingPattern.of("maya")))).isEmpty();
        }

        @Test
        void time_allocation_value_below_zero() {
            // the sum stays 100, so the range is the only problem
            assertThat(withAllocation(m -> {
                m.put(Activity.HANDS_ON_DELIVERY, -5.0);
                m.put(Activity.ENGINEERING_PRODUCT, 83.0);
                return m;
            })).containsExactly(Problem.at("cto.timeAllocation.HANDS_ON_DELIVERY",
                    "percentage -5 is out of range 0..100"));
        }

        @Test
        void time_allocation_value_above_hundred() {
            assertThat(withCto(c -> c.withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.5))))
                    .containsExactly(Problem.at("cto.timeAllocation.ENGINEERING_PRODUCT",
                            "percentage 100.5 is out of range 0..100"));
        }

        @Test
        void time_allocation_value_missing() {
            assertThat(withAllocation(m -> {
                m.put(Activity.BUSINESS_DEVELOPMENT, null);
                return m;
            })).containsExactly(Problem.at("cto.timeAllocation.BUSINESS_DEVELOPMENT", "missing required value"));
        }

        @Test
        void time_allocation_bounds_zero_and_hundred_are_accepted() {
            assertThat(withCto(c -> c.withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.0,
                    Activity.SALES, 0.0)))).isEmpty();
        }

        @Test
        void an_omitted_activity_counts_as_zero() {
            assertThat(withAllocation(m -> {
                m.remove(Activity.BUSINESS_DEVELOPMENT);
                return m;
            })).isEmpty();
        }

        @Test
        void time_allocation_sum_too_low() {
            assertThat(withHandsOn(30)).containsExactly(
                    Problem.at("cto.timeAllocation", "percentages sum to 97, expected 100 (within 1)"));
        }

        @Test
        void time_allocation_sum_too_high() {
            assertThat(withHandsOn(36)).containsExactly(
                    Problem.at("cto.timeAllocation", "percentages sum to 103, expected 100 (within 1)"));
        }

        @Test
        void time_allocation_sum_just_below_the_tolerance() {
            assertThat(withHandsOn(31.5)).containsExactly(
                    Problem.at("cto.timeAllocation", "percentages sum to 98.5, expected 100 (within 1)"));
        }

        @Test
        void time_allocation_sum_just_above_the_tolerance() {
            assertThat(withHandsOn(34.5)).containsExactly(
                    Problem.at("cto.timeAllocation", "percentages sum to 101.5, expected 100 (within 1)"));
        }

        @Test
        void time_allocation_sum_of_99_is_accepted() {
            assertThat(withHandsOn(32)).isEmpty();
        }

        @Test
        void time_allocation_sum_of_101_is_accepted() {
            assertThat(withHandsOn(34)).isEmpty();
        }

        @Test
        void time_allocation_decimal_sum_of_99_is_accepted() {
            assertThat(withAllocation(m -> {
                m.put(Activity.CEO_STRATEGY, 4.3);
                m.put(Activity.ENGINEERING_PRODUCT, 44.9);
                m.put(Activity.HANDS_ON_DELIVERY, 32.8);
                return m;
            })).isEmpty();
        }

        @Test
        void time_allocation_decimal_sum_of_101_is_accepted() {
            assertThat(withAllocation(m -> {
                m.put(Activity.CEO_STRATEGY, 4.6);
                m.put(Activity.ENGINEERING_PRODUCT, 45.7);
                m.put(Activity.HANDS_ON_DELIVERY, 33.7);
                return m;
            })).isEmpty();
        }

        @Test
        void time_allocation_sum_message_shows_the_decimal_sum() {
            assertThat(withAllocation(m -> {
                m.put(Activity.CEO_STRATEGY, 4.3);
                m.put(Activity.ENGINEERING_PRODUCT, 44.9);
                m.put(Activity.HANDS_ON_DELIVERY, 32.7);
                return m;
            })).containsExactly(
                    Problem.at("cto.timeAllocation", "percentages sum to 98.9, expected 100 (within 1)"));
        }

        @Test
        void accountable_for_value_missing() {
            assertThat(withCto(c -> c.withAccountableFor(Arrays.asList(null, null)))).containsExactly(
                    Problem.at("cto.accountableFor[0]", "missing value"),
                    Problem.at("cto.accountableFor[1]", "missing value"));
        }

        @Test
        void last_technology_review_after_assessed_on() {
            assertThat(withCto(c -> c.withLastTechnologyReview(DAY_AFTER))).containsExactly(
                    Problem.at("cto.lastTechnologyReview", "date 2026-11-02 is after assessedOn 2026-11-01"));
        }

        @Test
        void last_technology_review_on_assessed_on_is_accepted() {
            assertThat(withCto(c -> c.withLastTechnologyReview(ASSESSED_ON))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- knowledge

    @Nested
    class Knowledge {

        @Test
        void duplicate_area() {
            assertThat(withKnowledge(5, k -> new KnowledgeArea("payments", k.critical(), k.experts())))
                    .containsExactly(Problem.at("knowledge[5].area", "duplicate knowledge area 'payments'"));
        }

        @Test
        void area_missing() {
            assertThat(withKnowledge(5, k -> new KnowledgeArea(null, k.critical(), k.experts())))
                    .containsExactly(Problem.at("knowledge[5].area", "missing required value"));
        }

        @Test
        void missing_entry() {
            assertThat(withKnowledge(5, k -> null))
                    .containsExactly(Problem.at("knowledge[5]", "missing entry"));
        }

        @Test
        void unknown_expert() {
            assertThat(withKnowledge(1, k -> new KnowledgeArea(k.area(), k.critical(), List.of("ana", "zed"))))
                    .containsExactly(Problem.at("knowledge[1].experts[1]", "unknown person 'zed'"));
        }

        @Test
        void duplicate_expert() {
            assertThat(withKnowledge(1, k -> new KnowledgeArea(k.area(), k.critical(), List.of("ana", "ben", "ana"))))
                    .containsExactly(Problem.at("knowledge[1].experts[2]", "duplicate expert 'ana'"));
        }

        @Test
        void missing_expert_entry() {
            assertThat(withKnowledge(1, k -> new KnowledgeArea(k.area(), k.critical(), Arrays.asList("ana", null))))
                    .containsExactly(Problem.at("knowledge[1].experts[1]", "missing required value"));
        }

        @Test
        void critical_missing() {
            assertThat(withKnowledge(3, k -> new KnowledgeArea(k.area(), null, k.experts())))
                    .containsExactly(Problem.at("knowledge[3].critical", "missing required value"));
        }

        @Test
        void experts_missing() {
            assertThat(withKnowledge(3, k -> new KnowledgeArea(k.area(), k.critical(), null)))
                    .containsExactly(Problem.at("knowledge[3].experts", "missing required value"));
        }

        @Test
        void no_experts_is_a_fact_not_a_problem() {
            assertThat(withKnowledge(0, k -> new KnowledgeArea(k.area(), k.critical(), List.of()))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- systems

    @Nested
    class Systems {

        @Test
        void duplicate_system_id() {
            assertThat(withSystem(4, s -> new SystemAsset("orders-db", s.holdsData(), s.critical(), s.backup())))
                    .containsExactly(Problem.at("systems[4].id", "duplicate system id 'orders-db'"));
        }

        @Test
        void holds_data_missing() {
            assertThat(withSystem(4, s -> new SystemAsset(s.id(), null, s.critical(), s.backup())))
                    .containsExactly(Problem.at("systems[4].holdsData", "missing required value"));
        }

        @Test
        void critical_missing() {
            assertThat(withSystem(4, s -> new SystemAsset(s.id(), s.holdsData(), null, s.backup())))
                    .containsExactly(Problem.at("systems[4].critical", "missing required value"));
        }

        @Test
        void backup_schedule_missing() {
            assertThat(withBackup(0, b -> new Backup(null, b.lastSuccessfulBackup(), b.lastRestoreTest(),
                    b.offsite()))).containsExactly(Problem.at("systems[0].backup.schedule", "missing required value"));
        }

        @Test
        void last_successful_backup_missing() {
            assertThat(withBackup(0, b -> new Backup(b.schedule(), null, b.lastRestoreTest(), b.offsite())))
                    .containsExactly(Problem.at("systems[0].backup.lastSuccessfulBackup", "missing required value"));
        }

        @Test
        void last_successful_backup_after_assessed_on() {
            assertThat(withBackup(0, b -> new Backup(b.schedule(), DAY_AFTER, b.lastRestoreTest(), b.offsite())))
                    .containsExactly(Problem.at("systems[0].backup.lastSuccessfulBackup",
                            "date 2026-11-02 is after assessedOn 2026-11-01"));
        }

        @Test
        void last_successful_backup_on_assessed_on_is_accepted() {
            assertThat(withBackup(0, b -> new Backup(b.schedule(), ASSESSED_ON, b.lastRestoreTest(), b.offsite())))
                    .isEmpty();
        }

        @Test
        void last_restore_test_after_assessed_on() {
            assertThat(withBackup(2, b -> new Backup(b.schedule(), b.lastSuccessfulBackup(),
                    Optional.of(DAY_AFTER), b.offsite()))).containsExactly(Problem.at(
                    "systems[2].backup.lastRestoreTest", "date 2026-11-02 is after assessedOn 2026-11-01"));
        }

        @Test
        void last_restore_test_on_assessed_on_is_accepted() {
            assertThat(withBackup(2, b -> new Backup(b.schedule(), b.lastSuccessfulBackup(),
                    Optional.of(ASSESSED_ON), b.offsite()))).isEmpty();
        }

        @Test
        void a_minimal_backup_is_valid() {
            assertThat(withSystem(1, s -> new SystemAsset(s.id(), s.holdsData(), s.critical(), Optional.of(
                    new Backup(BackupSchedule.MONTHLY, ASSESSED_ON.minusDays(3), null, false))))).isEmpty();
        }
    }

    // ---------------------------------------------------------------- strategy

    @Nested
    class Strategy {

        @Test
        void cto_joined_at_missing() {
            assertThat(problemsOf(Northwind.builder().strategy(changed(Northwind.strategy(), 1,
                    s -> new StrategyInitiative(s.id(), s.name(), null))))).containsExactly(
                    Problem.at("strategy[1].ctoJoinedAt", "missing required value"));
        }

        @Test
        void duplicate_initiative_id() {
            assertThat(problemsOf(Northwind.builder().strategy(changed(Northwind.strategy(), 1,
                    s -> new StrategyInitiative("omnichannel-2027", s.name(), s.ctoJoinedAt()))))).containsExactly(
                    Problem.at("strategy[1].id", "duplicate initiative id 'omnichannel-2027'"));
        }
    }

    // ---------------------------------------------------------------- forums

    @Nested
    class Forums {

        @Test
        void kind_missing() {
            assertThat(withForum(1, f -> new Forum(f.id(), null, f.ctoAttends(), f.technologyMinutes(),
                    f.technicalDepth(), f.architectureDiscussionsCut()))).containsExactly(
                    Problem.at("forums[1].kind", "missing required value"));
        }

        @Test
        void cto_attends_missing() {
            assertThat(withForum(1, f -> new Forum(f.id(), f.kind(), null, f.technologyMinutes(),
                    f.technicalDepth(), f.architectureDiscussionsCut()))).containsExactly(
                    Problem.at("forums[1].ctoAttends", "missing required value"));
        }

        @Test
        void negative_technology_minutes() {
            assertThat(withForum(0, f -> forum(f, -5))).containsExactly(
                    Problem.at("forums[0].technologyMinutes", "must not be negative, was -5"));
        }

        @Test
        void zero_technology_minutes_is_accepted() {
            assertThat(withForum(0, f -> forum(f, 0))).isEmpty();
        }

        @Test
        void duplicate_forum_id() {
            assertThat(withForum(2, f -> new Forum("qbr", f.kind(), f.ctoAttends(), f.technologyMinutes(),
                    f.technicalDepth(), f.architectureDiscussionsCut()))).containsExactly(
                    Problem.at("forums[2].id", "duplicate forum id 'qbr'"));
        }
    }

    // ---------------------------------------------------------------- indicators

    @Nested
    class Indicators {

        @ParameterizedTest
        @ValueSource(doubles = {0.99, 5.01, 0, -1, 6})
        void value_out_of_range(double value) {
            String shown = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
            assertThat(withIndicator(0, r -> value(r, value))).containsExactly(
                    Problem.at("indicators[0].value", "reading " + shown + " is out of range 1..5"));
        }

        @Test
        void value_below_one() {
            assertThat(withIndicator(0, r -> value(r, 0.5))).containsExactly(
                    Problem.at("indicators[0].value", "reading 0.5 is out of range 1..5"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {1.0, 5.0})
        void scale_ends_are_accepted(double value) {
            assertThat(withIndicator(0, r -> value(r, value))).isEmpty();
        }

        @Test
        void value_missing() {
            assertThat(withIndicator(1, r -> value(r, null))).containsExactly(
                    Problem.at("indicators[1].value", "missing required value"));
        }

        @Test
        void indicator_missing() {
            assertThat(withIndicator(1, r -> new IndicatorReading(null, r.value(), r.measuredOn())))
                    .containsExactly(Problem.at("indicators[1].indicator", "missing required value"));
        }

        @Test
        void measured_on_missing() {
            assertThat(withIndicator(1, r -> new IndicatorReading(r.indicator(), r.value(), null)))
                    .containsExactly(Problem.at("indicators[1].measuredOn", "missing required value"));
        }

        @Test
        void measured_on_after_assessed_on() {
            assertThat(withIndicator(0, r -> new IndicatorReading(r.indicator(), r.value(), DAY_AFTER)))
                    .containsExactly(Problem.at("indicators[0].measuredOn",
                            "date 2026-11-02 is after assessedOn 2026-11-01"));
        }

        @Test
        void measured_on_assessed_on_is_accepted() {
            assertThat(withIndicator(0, r -> new IndicatorReading(r.indicator(), r.value(), ASSESSED_ON)))
                    .isEmpty();
        }

        @Test
        void several_readings_of_one_indicator_are_accepted() {
            assertThat(problemsOf(Northwind.builder().indicators(plus(Northwind.indicators(),
                    new IndicatorReading(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT, 3.0,
                            LocalDate.of(2026, 6, 1)))))).isEmpty();
        }

        @Test
        void missing_entry() {
            assertThat(withIndicator(1, r -> null)).containsExactly(Problem.at("indicators[1]", "missing entry"));
        }
    }

    // ---------------------------------------------------------------- commitments

    @Nested
    class Commitments {

        @Test
        void made_by_unknown() {
            assertThat(withCommitment(0, c -> new Commitment(c.id(), c.customer(), c.promise(), "zed",
                    c.technologyReviewed()))).containsExactly(
                    Problem.at("commitments[0].madeBy", "unknown person 'zed'"));
        }

        @Test
        void made_by_may_be_omitted() {
            assertThat(withCommitment(0, c -> new Commitment(c.id(), null, null, null, c.technologyReviewed())))
                    .isEmpty();
        }

        @Test
        void technology_reviewed_missing() {
            assertThat(withCommitment(1, c -> new Commitment(c.id(), c.customer(), c.promise(), c.madeBy(), null)))
                    .containsExactly(Problem.at("commitments[1].technologyReviewed", "missing required value"));
        }

        @Test
        void duplicate_commitment_id() {
            assertThat(withCommitment(1, c -> new Commitment("globex-sso", c.customer(), c.promise(), c.madeBy(),
                    c.technologyReviewed()))).containsExactly(
                    Problem.at("commitments[1].id", "duplicate commitment id 'globex-sso'"));
        }
    }

    // ---------------------------------------------------------------- suppliers

    @Nested
    class Suppliers {

        @Test
        void rate_above_one() {
            assertThat(withSupplier(0, s -> rate(s, 1.5))).containsExactly(
                    Problem.at("suppliers[0].onTimeDeliveryRate", "rate 1.5 is out of range 0..1"));
        }

        @Test
        void rate_below_zero() {
            assertThat(withSupplier(1, s -> rate(s, -0.1))).containsExactly(
                    Problem.at("suppliers[1].onTimeDeliveryRate", "rate -0.1 is out of range 0..1"));
        }

        @ParameterizedTest
        @ValueSource(doubles = {0.0, 1.0})
        void rate_ends_are_accepted(double rate) {
            assertThat(withSupplier(0, s -> rate(s, rate))).isEmpty();
        }

        @Test
        void critical_missing() {
            assertThat(withSupplier(1, s -> new Supplier(s.id(), null, s.roadmapKnown(), s.onTimeDeliveryRate())))
                    .containsExactly(Problem.at("suppliers[1].critical", "missing required value"));
        }

        @Test
        void duplicate_supplier_id() {
            assertThat(withSupplier(1, s -> new Supplier("feedco", s.critical(), s.roadmapKnown(),
                    s.onTimeDeliveryRate()))).containsExactly(
                    Problem.at("suppliers[1].id", "duplicate supplier id 'feedco'"));
        }
    }

    // ---------------------------------------------------------------- waivers

    @Nested
    class Waivers {

        @Test
        void reason_missing() {
            assertThat(withWaiver(0, w -> new Waiver(w.ruleId(), w.subject(), null, w.expires()))).containsExactly(
                    Problem.at("waivers[0].reason", "a waiver needs a reason"));
        }

        @Test
        void reason_blank() {
            assertThat(withWaiver(0, w -> new Waiver(w.ruleId(), w.subject(), "  ", w.expires()))).containsExactly(
                    Problem.at("waivers[0].reason", "a waiver needs a reason"));
        }

        @Test
        void expiry_missing() {
            assertThat(withWaiver(0, w -> new Waiver(w.ruleId(), w.subject(), w.reason(), null))).containsExactly(
                    Problem.at("waivers[0].expires", "a waiver needs an expiry date"));
        }

        @Test
        void rule_id_missing() {
            assertThat(withWaiver(0, w -> new Waiver(null, w.subject(), w.reason(), w.expires()))).containsExactly(
                    Problem.at("waivers[0].ruleId", "missing required value"));
        }

        @Test
        void subject_missing() {
            assertThat(withWaiver(0, w -> new Waiver(w.ruleId(), null, w.reason(), w.expires()))).containsExactly(
                    Problem.at("waivers[0].subject", "missing required value"));
        }

        @Test
        void duplicate_waiver() {
            assertThat(problemsOf(Northwind.builder().waiver(new Waiver("distant-from-ceo", "maya",
                    "Another reason", LocalDate.of(2027, 1, 31))))).containsExactly(
                    Problem.at("waivers[1]", "duplicate waiver for distant-from-ceo:maya"));
        }

        @Test
        void same_rule_other_subject_is_not_a_duplicate() {
            assertThat(problemsOf(Northwind.builder().waiver(new Waiver("distant-from-ceo", "raj",
                    "Another reason", LocalDate.of(2027, 1, 31))))).isEmpty();
        }

        @Test
        void missing_entry() {
            assertThat(problemsOf(Northwind.builder().waiver(null))).containsExactly(
                    Problem.at("waivers[1]", "missing entry"));
        }
    }

    // ---------------------------------------------------------------- every problem at once

    @Test
    void five_problems_in_five_sections_are_all_reported_in_section_order() {
        List<Person> people = changed(Northwind.people(), RAJ, p -> p.withReportsTo("zed"));
        Map<Activity, Double> allocation = new EnumMap<>(Northwind.timeAllocation());
        allocation.put(Activity.HANDS_ON_DELIVERY, 30.0);
        List<SystemAsset> systems = changed(Northwind.systems(), 1,
                s -> new SystemAsset(s.id(), s.holdsData(), null, s.backup()));
        List<Forum> forums = changed(Northwind.forums(), 0, f -> forum(f, -5));
        List<Waiver> waivers = changed(Northwind.waivers(), 0,
                w -> new Waiver(w.ruleId(), w.subject(), w.reason(), null));

        // set in an order unlike the sections', to show the order comes from the profile's layout
        OrganisationProfile profile = Northwind.builder()
                .waivers(waivers)
                .forums(forums)
                .systems(systems)
                .cto(Northwind.cto().withTimeAllocation(allocation))
                .people(people)
                .buildUnvalidated();

        List<Problem> expected = List.of(
                Problem.at("people[3].reportsTo", "unknown person 'zed'"),
                Problem.at("cto.timeAllocation", "percentages sum to 97, expected 100 (within 1)"),
                Problem.at("systems[1].critical", "missing required value"),
                Problem.at("forums[0].technologyMinutes", "must not be negative, was -5"),
                Problem.at("waivers[0].expires", "a waiver needs an expiry date"));
        assertThat(ProfileValidator.validate(profile)).containsExactlyElementsOf(expected);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProfileValidator.requireValid(profile))
                .isInstanceOfSatisfying(InvalidProfileException.class,
                        e -> assertThat(e.problems()).containsExactlyElementsOf(expected))
                .hasMessageStartingWith("5 problems in the profile:\n  people[3].reportsTo: unknown person 'zed'");
    }

    @Test
    void problems_in_one_section_are_reported_together() {
        List<Person> people = new ArrayList<>(Northwind.people());
        people.set(RAJ, people.get(RAJ).withReportsTo("zed").withDeputy("raj"));
        people.set(LENA, people.get(LENA).withReportsTo("ghost"));
        assertThat(problemsOf(Northwind.builder().people(people))).containsExactly(
                Problem.at("people[3].reportsTo", "unknown person 'zed'"),
                Problem.at("people[3].deputy", "a person cannot be their own deputy"),
                Problem.at("people[4].reportsTo", "unknown person 'ghost'"));
    }

    @Test
    void validation_is_repeatable_and_leaves_the_profile_alone() {
        OrganisationProfile profile = Northwind.builder().schema("x").buildUnvalidated();
        List<Problem> first = ProfileValidator.validate(profile);
        assertThat(ProfileValidator.validate(profile)).isEqualTo(first).hasSize(1);
        assertThat(profile).isEqualTo(Northwind.builder().schema("x").buildUnvalidated());
    }

    @Test
    void omitted_sections_are_not_validated() {
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(Northwind.organisation())
                .people(Northwind.people())
                .buildUnvalidated();
        assertThat(ProfileValidator.validate(profile)).isEmpty();
    }
}
