package org.ctorole.model.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.ProfileValidator;

/**
 * An organisation described against the CTO role: the input of an assessment. Immutable.
 * An omitted section ({@code Optional.empty()}) is not assessed; an empty list is a fact.
 *
 * <pre>{@code
 * OrganisationProfile profile = OrganisationProfile.builder()
 *         .organisation(Organisation.builder("acme", LocalDate.of(2026, 11, 1)).name("Acme").build())
 *         .person(Person.builder("kim").name("Kim Lee").roles(Role.CEO).build())
 *         .person(Person.builder("lou").name("Lou Park").roles(Role.CTO).reportsTo("kim").build())
 *         .systems(List.of())
 *         .build();   // validates; throws InvalidProfileException listing every problem
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public record OrganisationProfile(String schema, Organisation organisation, List<Person> people,
                                  Optional<CtoWorkingPattern> cto, Optional<List<KnowledgeArea>> knowledge,
                                  Optional<List<SystemAsset>> systems, Optional<List<StrategyInitiative>> strategy,
                                  Optional<List<Forum>> forums, Optional<List<IndicatorReading>> indicators,
                                  Optional<List<Commitment>> commitments, Optional<List<Supplier>> suppliers,
                                  Optional<Security> security, List<Waiver> waivers) {

    /** The profile schema this version of the library reads and writes. */
    public static final String SCHEMA = "cto-profile/1";

    public OrganisationProfile {
        schema = schema == null ? SCHEMA : schema;
        people = Copies.list(people);
        cto = Copies.optional(cto);
        knowledge = Copies.section(knowledge);
        systems = Copies.section(systems);
        strategy = Copies.section(strategy);
        forums = Copies.section(forums);
        indicators = Copies.section(indicators);
        commitments = Copies.section(commitments);
        suppliers = Copies.section(suppliers);
        security = Copies.optional(security);
        waivers = Copies.list(waivers);
    }

    /** A new builder for code users. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this profile's values, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Sections given in the profile; the others are not assessed. */
    public Set<Section> presentSections() {
        EnumSet<Section> present = EnumSet.of(Section.ORGANISATION, Section.PEOPLE, Section.WAIVERS);
        cto.ifPresent(c -> present.add(Section.CTO));
        knowledge.ifPresent(c -> present.add(Section.KNOWLEDGE));
        systems.ifPresent(c -> present.add(Section.SYSTEMS));
        strategy.ifPresent(c -> present.add(Section.STRATEGY));
        forums.ifPresent(c -> present.add(Section.FORUMS));
        indicators.ifPresent(c -> present.add(Section.INDICATORS));
        commitments.ifPresent(c -> present.add(Section.COMMITMENTS));
        suppliers.ifPresent(c -> present.add(Section.SUPPLIERS));
        security.ifPresent(c -> present.add(Section.SECURITY));
        return EnumSet.copyOf(present);
    }

    /**
     * What a rule may need from a profile besides whole sections: optional fields whose absence
     * leaves a rule unable to judge ({@code cto.timeAllocation}: no time rule can run;
     * {@code cto.timeAllocation.INTERNAL_IT}: that share is not given; {@code commitments.specificationComplete}:
     * no commitment says whether it was specified).
     */
    public static final Set<String> OPTIONAL_FIELDS = Set.of("cto.timeAllocation", "cto.accountableFor",
            "cto.receivesCompetitiveIntelligence", "cto.timeAllocation.INTERNAL_IT", "cto.ceoMeetings",
            "cto.businessBriefings", "cto.translationSessions", "cto.guidesIpPortfolio", "cto.decisions",
            "security.awarenessTraining", "commitments.specificationComplete", "organisation.technologyFunding",
            "organisation.decisionRightsReview");

    /** Whether a path is a section key ({@code systems}) or one of {@link #OPTIONAL_FIELDS}. */
    public static boolean isKnownPath(String path) {
        if (OPTIONAL_FIELDS.contains(path)) {
            return true;
        }
        for (Section s : Section.values()) {
            if (s.key().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this profile gives what a path names: a section ({@code systems}), or an optional
     * field inside a present section ({@code cto.timeAllocation}).
     *
     * @throws IllegalArgumentException for a path that is neither
     */
    public boolean gives(String path) {
        switch (path) {
            case "cto.timeAllocation":
                return cto.flatMap(CtoWorkingPattern::timeAllocation).isPresent();
            case "cto.accountableFor":
                return cto.flatMap(CtoWorkingPattern::accountableFor).isPresent();
            case "cto.receivesCompetitiveIntelligence":
                return cto.flatMap(CtoWorkingPattern::receivesCompetitiveIntelligence).isPresent();
            case "cto.timeAllocation.INTERNAL_IT":
                return cto.flatMap(CtoWorkingPattern::timeAllocation).map(t -> t.containsKey(Activity.INTERNAL_IT))
                        .orElse(false);
            case "cto.ceoMeetings":
                return cto.flatMap(CtoWorkingPattern::ceoMeetings).isPresent();
            case "cto.businessBriefings":
                return cto.flatMap(CtoWorkingPattern::businessBriefings).isPresent();
            case "cto.translationSessions":
                return cto.flatMap(CtoWorkingPattern::translationSessions).isPresent();
            case "cto.guidesIpPortfolio":
                return cto.flatMap(CtoWorkingPattern::guidesIpPortfolio).isPresent();
            case "cto.decisions":
                return cto.flatMap(CtoWorkingPattern::decisions).isPresent();
            case "security.awarenessTraining":
                return security.flatMap(Security::awarenessTraining).isPresent();
            case "commitments.specificationComplete":
                // No commitment at all leaves nothing to judge; otherwise at least one must say.
                return commitments.map(list -> list.isEmpty()
                        || list.stream().anyMatch(c -> c != null && c.specificationComplete() != null)).orElse(false);
            case "organisation.technologyFunding":
                return organisation != null && organisation.technologyFunding() != null;
            case "organisation.decisionRightsReview":
                return organisation != null && organisation.decisionRightsReview() != null;
            default:
                for (Section s : Section.values()) {
                    if (s.key().equals(path)) {
                        return presentSections().contains(s);
                    }
                }
                throw new IllegalArgumentException("not a section or optional field of a profile: '" + path + "'");
        }
    }

    /** The person with this id, if any. */
    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p != null && id != null && id.equals(p.id())).findFirst();
    }

    /**
     * "The CTO": {@code cto.person} when the {@code cto} section is present (and that person
     * holds the CTO role), else the holder of the CTO role with the smallest id.
     */
    public Optional<Person> theCto() {
        if (cto.isPresent()) {
            return person(cto.get().person()).filter(p -> p.holds(Role.CTO));
        }
        return people.stream()
                .filter(p -> p != null && p.id() != null && p.holds(Role.CTO))
                .min(Comparator.comparing(Person::id));
    }

    /**
     * This profile as if the given people left ("what if"): they are removed with their
     * expertise; whoever reported to them reports to their nearest remaining manager; a deputy
     * role they held is vacated; a commitment they made keeps no maker; if the CTO of the
     * {@code cto} section leaves, that section goes too (the role is then judged from the people).
     * Unknown ids are ignored. The result is valid whenever this profile is.
     *
     * <pre>{@code OrganisationProfile without = profile.withoutPeople(Set.of("ana"));}</pre>
     */
    public OrganisationProfile withoutPeople(Set<String> leaving) {
        java.util.Map<String, Person> byId = new java.util.HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        List<Person> remaining = new ArrayList<>();
        for (Person p : people) {
            if (leaving.contains(p.id())) {
                continue;
            }
            String manager = p.reportsTo().orElse(null);
            Set<String> seen = new java.util.HashSet<>();
            while (manager != null && leaving.contains(manager) && seen.add(manager)) {
                Person m = byId.get(manager);
                manager = m == null ? null : m.reportsTo().orElse(null);
            }
            if (manager != null && leaving.contains(manager)) {
                manager = null;
            }
            String deputy = p.deputy().filter(d -> !leaving.contains(d)).orElse(null);
            remaining.add(new Person(p.id(), p.name(), p.email(), p.roles(), Optional.ofNullable(manager),
                    Optional.ofNullable(deputy), p.engagement()));
        }
        Builder b = toBuilder().people(remaining);
        cto.filter(c -> leaving.contains(c.person())).ifPresent(c -> b.cto(null));
        knowledge.ifPresent(areas -> b.knowledge(areas.stream().map(a -> new KnowledgeArea(a.area(), a.critical(),
                a.experts() == null ? null : a.experts().stream().filter(e -> !leaving.contains(e)).toList()))
                .toList()));
        commitments.ifPresent(list -> b.commitments(list.stream().map(c -> c.madeBy() != null
                && leaving.contains(c.madeBy())
                ? c.withMadeBy(null) : c).toList()));
        return b.buildUnvalidated();
    }

    /** Builds profiles in code; {@link #build()} validates and reports every problem at once. */
    public static final class Builder {
        private String schema = SCHEMA;
        private Organisation organisation;
        private final List<Person> people = new ArrayList<>();
        private CtoWorkingPattern cto;
        private List<KnowledgeArea> knowledge;
        private List<SystemAsset> systems;
        private List<StrategyInitiative> strategy;
        private List<Forum> forums;
        private List<IndicatorReading> indicators;
        private List<Commitment> commitments;
        private List<Supplier> suppliers;
        private Security security;
        private final List<Waiver> waivers = new ArrayList<>();

        private Builder() {
        }

        private Builder(OrganisationProfile p) {
            schema = p.schema;
            organisation = p.organisation;
            people.addAll(p.people);
            cto = p.cto.orElse(null);
            knowledge = p.knowledge.map(ArrayList::new).orElse(null);
            systems = p.systems.map(ArrayList::new).orElse(null);
            strategy = p.strategy.map(ArrayList::new).orElse(null);
            forums = p.forums.map(ArrayList::new).orElse(null);
            indicators = p.indicators.map(ArrayList::new).orElse(null);
            commitments = p.commitments.map(ArrayList::new).orElse(null);
            suppliers = p.suppliers.map(ArrayList::new).orElse(null);
            security = p.security.orElse(null);
            waivers.addAll(p.waivers);
        }

        public Builder schema(String value) {
            schema = value;
            return this;
        }

        public Builder organisation(Organisation value) {
            organisation = value;
            return this;
        }

        public Builder person(Person value) {
            people.add(value);
            return this;
        }

        /** Replaces the people. */
        public Builder people(List<Person> values) {
            people.clear();
            people.addAll(values);
            return this;
        }

        /** Sets the {@code cto} section; {@code null} omits it (not assessed). */
        public Builder cto(CtoWorkingPattern value) {
            cto = value;
            return this;
        }

        /** Sets the knowledge section; {@code null} omits it (not assessed), an empty list means none. */
        public Builder knowledge(List<KnowledgeArea> values) {
            knowledge = values == null ? null : new ArrayList<>(values);
            return this;
        }

        /** Adds an area, making the knowledge section present. */
        public Builder knowledgeArea(KnowledgeArea value) {
            if (knowledge == null) {
                knowledge = new ArrayList<>();
            }
            knowledge.add(value);
            return this;
        }

        public Builder systems(List<SystemAsset> values) {
            systems = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder system(SystemAsset value) {
            if (systems == null) {
                systems = new ArrayList<>();
            }
            systems.add(value);
            return this;
        }

        public Builder strategy(List<StrategyInitiative> values) {
            strategy = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder initiative(StrategyInitiative value) {
            if (strategy == null) {
                strategy = new ArrayList<>();
            }
            strategy.add(value);
            return this;
        }

        public Builder forums(List<Forum> values) {
            forums = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder forum(Forum value) {
            if (forums == null) {
                forums = new ArrayList<>();
            }
            forums.add(value);
            return this;
        }

        public Builder indicators(List<IndicatorReading> values) {
            indicators = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder indicator(IndicatorReading value) {
            if (indicators == null) {
                indicators = new ArrayList<>();
            }
            indicators.add(value);
            return this;
        }

        public Builder commitments(List<Commitment> values) {
            commitments = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder commitment(Commitment value) {
            if (commitments == null) {
                commitments = new ArrayList<>();
            }
            commitments.add(value);
            return this;
        }

        public Builder suppliers(List<Supplier> values) {
            suppliers = values == null ? null : new ArrayList<>(values);
            return this;
        }

        public Builder supplier(Supplier value) {
            if (suppliers == null) {
                suppliers = new ArrayList<>();
            }
            suppliers.add(value);
            return this;
        }

        public Builder security(Security value) {
            security = value;
            return this;
        }

        public Builder waivers(List<Waiver> values) {
            waivers.clear();
            waivers.addAll(values);
            return this;
        }

        public Builder waiver(Waiver value) {
            waivers.add(value);
            return this;
        }

        /** The profile as given, without validation (for tests of the validator itself). */
        public OrganisationProfile buildUnvalidated() {
            return new OrganisationProfile(schema, organisation, people, Optional.ofNullable(cto),
                    Optional.ofNullable(knowledge), Optional.ofNullable(systems), Optional.ofNullable(strategy),
                    Optional.ofNullable(forums), Optional.ofNullable(indicators), Optional.ofNullable(commitments),
                    Optional.ofNullable(suppliers), Optional.ofNullable(security), waivers);
        }

        /**
         * The validated profile.
         *
         * @throws InvalidProfileException listing every problem, each with its path
         */
        public OrganisationProfile build() {
            OrganisationProfile profile = buildUnvalidated();
            ProfileValidator.requireValid(profile);
            return profile;
        }
    }
}
