package org.ctorole.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.TechnicalDepth;
import org.ctorole.model.profile.Waiver;

/**
 * Valid organisation profiles for round-trip properties: every section may be omitted or
 * empty, references point at generated people, reporting lines point "up" (no cycles), dates
 * are on or before {@code assessedOn}, and text includes what YAML likes to misread
 * ({@code yes}, {@code 007}, {@code 2026-11-01}, {@code "a: b"}, ...).
 */
final class ProfileArbitraries {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ProfileArbitraries() {
    }

    static Arbitrary<OrganisationProfile> profiles() {
        Arbitrary<LocalDate> assessedOn = Arbitraries.integers().between(0, 365 * 40).map(EARLIEST::plusDays);
        Arbitrary<List<String>> personIds = ids().list().uniqueElements().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(assessedOn, personIds).flatAs(ProfileArbitraries::profile);
    }

    private static Arbitrary<OrganisationProfile> profile(LocalDate assessedOn, List<String> ids) {
        Arbitrary<Optional<Integer>> ctoIndex = Arbitraries.integers().between(0, ids.size() - 1).optional(0.7);
        Arbitrary<Sections> sections = Combinators.combine(
                knowledge(ids).optional(0.7),
                systems(assessedOn).optional(0.7),
                strategy().optional(0.7),
                forums().optional(0.7),
                indicators(assessedOn).optional(0.7),
                commitments(ids).optional(0.7),
                suppliers().optional(0.7),
                security().optional(0.7)).as(Sections::new);
        return Combinators.combine(organisation(assessedOn), people(ids), ctoIndex, ctoPattern(assessedOn),
                        sections, waivers().list().uniqueElements(Waiver::key).ofMaxSize(3))
                .as((organisation, people, cto, pattern, s, waivers) -> {
                    List<Person> staff = new ArrayList<>(people);
                    OrganisationProfile.Builder builder = OrganisationProfile.builder().organisation(organisation);
                    cto.ifPresent(i -> {
                        Person p = staff.get(i);
                        if (!p.holds(Role.CTO)) {
                            List<Role> roles = new ArrayList<>(p.roles());
                            roles.add(Role.CTO);
                            staff.set(i, new Person(p.id(), p.name(), p.email(), roles, p.reportsTo(), p.deputy(),
                                    p.engagement()));
                        }
                        builder.cto(new CtoWorkingPattern(p.id(), pattern.timeAllocation(), pattern.accountableFor(),
                                pattern.receivesCompetitiveIntelligence(), pattern.lastTechnologyReview()));
                    });
                    return builder.people(staff)
                            .knowledge(s.knowledge.orElse(null))
                            .systems(s.systems.orElse(null))
                            .strategy(s.strategy.orElse(null))
                            .forums(s.forums.orElse(null))
                            .indicators(s.indicators.orElse(null))
                            .commitments(s.commitments.orElse(null))
                            .suppliers(s.suppliers.orElse(null))
                            .security(s.security.orElse(null))
                            .waivers(waivers)
                            .buildUnvalidated();
                });
    }

    private record Sections(Optional<List<KnowledgeArea>> knowledge, Optional<List<SystemAsset>> systems,
                            Optional<List<StrategyInitiative>> strategy, Optional<List<Forum>> forums,
                            Optional<List<IndicatorReading>> indicators, Optional<List<Commitment>> commitments,
                            Optional<List<Supplier>> suppliers, Optional<Security> security) {
    }

    /** Ids: mostly plain kebab-case, sometimes a string YAML would take for something else. */
    static Arbitrary<String> ids() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> tricky = Arbitraries.of("yes", "no", "on", "off", "y", "n", "true", "False", "null", "~",
                "123", "007", "1e3", "0x1F", ".nan", "-1", "2026-11-01", "-", "a: b", "#tag", "*ref", "&anchor",
                "[x]", "{x}", "it's", "say \"hi\"", "é-ñ", "two words", " padded ", "tab\tin", "2026-11-01T10:00");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, plain),
                net.jqwik.api.Tuple.of(1, tricky));
    }

    /** Free text, including empty, multi-line and non-ASCII text. */
    static Arbitrary<String> text() {
        Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').withChars("éß中\n")
                .ofMinLength(0).ofMaxLength(30);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, printable),
                net.jqwik.api.Tuple.of(1, ids()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "line one\nline two\n", "trailing\n\n", "  lead")));
    }

    private static Arbitrary<LocalDate> before(LocalDate assessedOn) {
        return Arbitraries.integers().between(0, 3000).map(assessedOn::minusDays);
    }

    private static Arbitrary<Organisation> organisation(LocalDate assessedOn) {
        return Combinators.combine(ids(), text().injectNull(0.3), Arbitraries.of(Stage.class).injectNull(0.3),
                        Arbitraries.integers().between(0, 100_000).injectNull(0.3))
                .as((id, name, stage, headcount) -> new Organisation(id, name, stage, headcount, assessedOn));
    }

    private static Arbitrary<List<Person>> people(List<String> ids) {
        List<Arbitrary<Person>> people = IntStream.range(0, ids.size()).mapToObj(i -> person(ids, i)).toList();
        return Combinators.combine(people).as(list -> list);
    }

    /** Person i reports to someone listed before them, so reporting lines never form a cycle. */
    private static Arbitrary<Person> person(List<String> ids, int i) {
        Arbitrary<Optional<String>> manager = i == 0
                ? Arbitraries.just(Optional.empty())
                : Arbitraries.of(ids.subList(0, i)).optional(0.8);
        Arbitrary<Optional<String>> deputy = ids.size() == 1
                ? Arbitraries.just(Optional.empty())
                : Arbitraries.integers().between(1, ids.size() - 1).map(k -> ids.get((i + k) % ids.size()))
                        .optional(0.5);
        // Unique by the index; some in capitals or with a plus, which the reader must keep as written.
        Arbitrary<Optional<String>> email = Arbitraries.of("p" + i + "@example.org", "First.Last+" + i + "@Mail.Example.CO.uk")
                .optional(0.4);
        return Combinators.combine(text().injectNull(0.2), email,
                        Arbitraries.of(Role.class).list().uniqueElements().ofMinSize(1).ofMaxSize(3),
                        manager, deputy, Arbitraries.of(Engagement.class))
                .as((name, mail, roles, reportsTo, dep, engagement) ->
                        new Person(ids.get(i), name, mail, roles, reportsTo, dep, engagement));
    }

    /** The CTO's pattern without the person, who is chosen with the people. */
    private static Arbitrary<CtoWorkingPattern> ctoPattern(LocalDate assessedOn) {
        return Combinators.combine(timeAllocation().optional(0.7),
                        Arbitraries.of(Accountability.class).list().uniqueElements().optional(0.7),
                        Arbitraries.of(true, false).optional(0.7),
                        before(assessedOn).optional(0.7))
                .as((time, accountable, intelligence, review) ->
                        new CtoWorkingPattern("?", time, accountable, intelligence, review));
    }

    /** Percentages in half points over some activities, summing to exactly 100. */
    private static Arbitrary<Map<Activity, Double>> timeAllocation() {
        return Arbitraries.of(Activity.class).list().uniqueElements().ofMinSize(1).ofMaxSize(7)
                .flatMap(activities -> Arbitraries.integers().between(0, 200).list()
                        .ofSize(activities.size() - 1)
                        .map(cuts -> {
                            List<Integer> points = new ArrayList<>(cuts);
                            points.add(0);
                            points.add(200);
                            points.sort(null);
                            Map<Activity, Double> map = new EnumMap<>(Activity.class);
                            for (int k = 0; k < activities.size(); k++) {
                                map.put(activities.get(k), (points.get(k + 1) - points.get(k)) / 2.0);
                            }
                            return map;
                        }));
    }

    private static Arbitrary<List<KnowledgeArea>> knowledge(List<String> personIds) {
        Arbitrary<KnowledgeArea> area = Combinators.combine(ids(), Arbitraries.of(true, false),
                        Arbitraries.of(personIds).list().uniqueElements().ofMaxSize(Math.min(4, personIds.size())))
                .as(KnowledgeArea::new);
        return area.list().uniqueElements(KnowledgeArea::area).ofMaxSize(6);
    }

    private static Arbitrary<List<SystemAsset>> systems(LocalDate assessedOn) {
        Arbitrary<Backup> backup = Combinators.combine(Arbitraries.of(BackupSchedule.class), before(assessedOn),
                        before(assessedOn).optional(0.6), Arbitraries.of(true, false))
                .as(Backup::new);
        Arbitrary<SystemAsset> system = Combinators.combine(ids(), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), backup.optional(0.6))
                .as(SystemAsset::new);
        return system.list().uniqueElements(SystemAsset::id).ofMaxSize(5);
    }

    private static Arbitrary<List<StrategyInitiative>> strategy() {
        return Combinators.combine(ids(), text().injectNull(0.3), Arbitraries.of(StrategyStage.class))
                .as(StrategyInitiative::new)
                .list().uniqueElements(StrategyInitiative::id).ofMaxSize(4);
    }

    private static Arbitrary<List<Forum>> forums() {
        return Combinators.combine(ids(), Arbitraries.of(ForumKind.class), Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 600).optional(0.6),
                        Arbitraries.of(TechnicalDepth.class).optional(0.6), Arbitraries.of(true, false))
                .as(Forum::new)
                .list().uniqueElements(Forum::id).ofMaxSize(4);
    }

    private static Arbitrary<List<IndicatorReading>> indicators(LocalDate assessedOn) {
        return Combinators.combine(Arbitraries.of(PerformanceIndicator.class),
                        Arbitraries.doubles().between(1.0, 5.0).ofScale(4), before(assessedOn))
                .as(IndicatorReading::new)
                .list().ofMaxSize(5);
    }

    private static Arbitrary<List<Commitment>> commitments(List<String> personIds) {
        return Combinators.combine(ids(), text().injectNull(0.3), text().injectNull(0.3),
                        Arbitraries.of(personIds).injectNull(0.3), Arbitraries.of(true, false))
                .as(Commitment::new)
                .list().uniqueElements(Commitment::id).ofMaxSize(4);
    }

    private static Arbitrary<List<Supplier>> suppliers() {
        return Combinators.combine(ids(), Arbitraries.of(true, false), Arbitraries.of(true, false).optional(0.6),
                        Arbitraries.doubles().between(0.0, 1.0).ofScale(6).optional(0.6))
                .as(Supplier::new)
                .list().uniqueElements(Supplier::id).ofMaxSize(4);
    }

    private static Arbitrary<Security> security() {
        Arbitrary<Optional<Boolean>> flag = Arbitraries.of(true, false).optional(0.7);
        return Combinators.combine(flag, flag, flag).as(Security::new);
    }

    private static Arbitrary<Waiver> waivers() {
        Arbitrary<String> reason = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                text()).as(String::concat);
        return Combinators.combine(Arbitraries.of("distant-from-ceo", "no-deputy", "missing-backup"), ids(), reason,
                        Arbitraries.integers().between(0, 365 * 40).map(EARLIEST::plusDays))
                .as(Waiver::new);
    }
}
