package org.ctorole.testkit;

import java.util.Optional;
import org.ctorole.model.profile.Stage;

/**
 * The options of a {@link ProfileArbitrary}, checked as they are set so that an impossible
 * combination fails at once with the reason, not after a thousand filtered tries.
 *
 * @param people      how many people
 * @param knowledge   how many knowledge areas, when asked for (the section is then always present)
 * @param systems     how many systems, when asked for (the section is then always present)
 * @param stage       the growth stage, when fixed
 * @param cto         whether somebody holds the CTO role
 * @param healthy     whether every part is generated so that no rule fires
 * @param antiPattern the rule the profile must trigger, if any
 */
record ProfileShape(Range people, Optional<Range> knowledge, Optional<Range> systems, Optional<Stage> stage,
                    CtoPresence cto, boolean healthy, Optional<String> antiPattern) {

    /** Knowledge areas when not asked for: the section is also omitted now and then. */
    static final Range DEFAULT_KNOWLEDGE = new Range(0, 5);
    /** Systems when not asked for: the section is also omitted now and then. */
    static final Range DEFAULT_SYSTEMS = new Range(0, 4);
    /** The fewest people a healthy profile can have: a CTO and their deputy. */
    static final int HEALTHY_MIN_PEOPLE = 2;

    enum CtoPresence {
        ANY,
        WITH,
        WITHOUT
    }

    /** An inclusive range of sizes. */
    record Range(int min, int max) {
        Range {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("invalid range " + min + ".." + max
                        + ": expected 0 <= min <= max");
            }
        }

        @Override
        public String toString() {
            return min + ".." + max;
        }
    }

    static ProfileShape defaults() {
        return new ProfileShape(new Range(1, 8), Optional.empty(), Optional.empty(), Optional.empty(),
                CtoPresence.ANY, false, Optional.empty());
    }

    ProfileShape {
        if (people.max() < 1) {
            throw new IllegalArgumentException("a profile needs at least one person, but people(" + people.min()
                    + ", " + people.max() + ") was asked");
        }
        if (healthy && people.max() < HEALTHY_MIN_PEOPLE) {
            throw new IllegalArgumentException("a healthy profile needs at least " + HEALTHY_MIN_PEOPLE
                    + " people (a CTO and a deputy), but people(" + people.min() + ", " + people.max()
                    + ") was asked");
        }
        if (healthy && cto == CtoPresence.WITHOUT) {
            throw new IllegalArgumentException("healthy() and withoutCto() contradict each other: "
                    + "without a CTO, no-technology-leader fires");
        }
        if (antiPattern.isPresent()) {
            // Fields are not assigned yet in a compact constructor: read the parameters.
            Range knowledgeRange = knowledge.orElse(DEFAULT_KNOWLEDGE);
            Range systemsRange = systems.orElse(DEFAULT_SYSTEMS);
            AntiPatterns.AntiPattern pattern = AntiPatterns.get(antiPattern.get());
            if (pattern.needsCto() && cto == CtoPresence.WITHOUT) {
                throw new IllegalArgumentException("withAntiPattern(\"" + pattern.ruleId()
                        + "\") needs a CTO, but withoutCto() was asked");
            }
            if (pattern.ruleId().equals(AntiPatterns.NO_TECHNOLOGY_LEADER) && cto == CtoPresence.WITH) {
                throw new IllegalArgumentException("withAntiPattern(\"" + pattern.ruleId()
                        + "\") and withCto() contradict each other");
            }
            if (pattern.knowledgeSlots() > knowledgeRange.max()) {
                throw new IllegalArgumentException("withAntiPattern(\"" + pattern.ruleId() + "\") needs "
                        + pattern.knowledgeSlots() + " knowledge area(s), but knowledgeAreas(" + knowledgeRange.min()
                        + ", " + knowledgeRange.max() + ") was asked");
            }
            if (pattern.systemSlots() > systemsRange.max()) {
                throw new IllegalArgumentException("withAntiPattern(\"" + pattern.ruleId() + "\") needs "
                        + pattern.systemSlots() + " system(s), but systems(" + systemsRange.min() + ", "
                        + systemsRange.max() + ") was asked");
            }
        }
    }

    Range knowledgeRange() {
        return knowledge.orElse(DEFAULT_KNOWLEDGE);
    }

    Range systemsRange() {
        return systems.orElse(DEFAULT_SYSTEMS);
    }

    /** Fewest people generated: a healthy profile needs two. */
    int minPeople() {
        return healthy ? Math.max(people.min(), HEALTHY_MIN_PEOPLE) : people.min();
    }

    /** Whether somebody must hold the CTO role. */
    CtoPresence effectiveCto() {
        if (antiPattern.isPresent()) {
            // Fields are not assigned yet in a compact constructor: read the parameters.
            Range knowledgeRange = knowledge.orElse(DEFAULT_KNOWLEDGE);
            Range systemsRange = systems.orElse(DEFAULT_SYSTEMS);
            AntiPatterns.AntiPattern pattern = AntiPatterns.get(antiPattern.get());
            if (pattern.ruleId().equals(AntiPatterns.NO_TECHNOLOGY_LEADER)) {
                return CtoPresence.WITHOUT;
            }
            if (pattern.needsCto()) {
                return CtoPresence.WITH;
            }
        }
        return healthy ? CtoPresence.WITH : cto;
    }

    ProfileShape withPeople(Range value) {
        return new ProfileShape(value, knowledge, systems, stage, cto, healthy, antiPattern);
    }

    ProfileShape withKnowledge(Range value) {
        return new ProfileShape(people, Optional.of(value), systems, stage, cto, healthy, antiPattern);
    }

    ProfileShape withSystems(Range value) {
        return new ProfileShape(people, knowledge, Optional.of(value), stage, cto, healthy, antiPattern);
    }

    ProfileShape withStage(Stage value) {
        return new ProfileShape(people, knowledge, systems, Optional.of(value), cto, healthy, antiPattern);
    }

    ProfileShape withCto(CtoPresence value) {
        return new ProfileShape(people, knowledge, systems, stage, value, healthy, antiPattern);
    }

    ProfileShape asHealthy() {
        return new ProfileShape(people, knowledge, systems, stage, cto, true, antiPattern);
    }

    ProfileShape withAntiPattern(String ruleId) {
        return new ProfileShape(people, knowledge, systems, stage, cto, healthy, Optional.of(ruleId));
    }
}
