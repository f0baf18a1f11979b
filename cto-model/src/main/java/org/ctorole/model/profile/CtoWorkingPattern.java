package org.ctorole.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code cto} section: who the CTO is and how they work. Omitted optional parts are not
 * judged; an activity missing from a present {@code timeAllocation} counts as 0 %.
 *
 * <pre>{@code CtoWorkingPattern.of("maya").withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.0))}</pre>
 *
 * @param person                          id of the CTO (must hold the CTO role)
 * @param timeAllocation                  percent of working time per activity, summing to 100 ± 1
 * @param accountableFor                  what the CTO is measured on
 * @param receivesCompetitiveIntelligence whether competitive intelligence reaches the CTO
 * @param lastTechnologyReview            last horizon scan of technology and trends; empty = never
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CtoWorkingPattern(String person, Optional<Map<Activity, Double>> timeAllocation,
                                Optional<List<Accountability>> accountableFor,
                                Optional<Boolean> receivesCompetitiveIntelligence,
                                Optional<LocalDate> lastTechnologyReview) {

    public CtoWorkingPattern {
        timeAllocation = Copies.optional(timeAllocation).map(m -> Copies.enumMap(Activity.class, m));
        accountableFor = Copies.section(accountableFor);
        receivesCompetitiveIntelligence = Copies.optional(receivesCompetitiveIntelligence);
        lastTechnologyReview = Copies.optional(lastTechnologyReview);
    }

    /** A working pattern naming only the CTO: every optional part is not judged. */
    public static CtoWorkingPattern of(String person) {
        return new CtoWorkingPattern(person, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CtoWorkingPattern withTimeAllocation(Map<Activity, Double> allocation) {
        return new CtoWorkingPattern(person, Optional.of(allocation), accountableFor,
                receivesCompetitiveIntelligence, lastTechnologyReview);
    }

    public CtoWorkingPattern withAccountableFor(List<Accountability> accountabilities) {
        return new CtoWorkingPattern(person, timeAllocation, Optional.of(accountabilities),
                receivesCompetitiveIntelligence, lastTechnologyReview);
    }

    public CtoWorkingPattern withReceivesCompetitiveIntelligence(boolean receives) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, Optional.of(receives),
                lastTechnologyReview);
    }

    public CtoWorkingPattern withLastTechnologyReview(LocalDate date) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                Optional.ofNullable(date));
    }

    /** Percent of time on an activity; 0 when the allocation omits it. Empty when no allocation is given. */
    public Optional<Double> percentOf(Activity activity) {
        return timeAllocation.map(m -> m.getOrDefault(activity, 0.0));
    }

    /**
     * A builder with every value not given yet: a value left out (or set to {@code null}) is
     * absent, as if omitted from a profile file; {@link Builder#build()} makes the record.
     *
     * <pre>{@code CtoWorkingPattern.builder("maya").receivesCompetitiveIntelligence(true).build()}</pre>
     */
    public static Builder builder(String person) {
        return new Builder(person);
    }

    /** Builds a {@link CtoWorkingPattern} from plain values; absent ones are left out or {@code null}. */
    public static final class Builder {
        private final String person;
        private Map<Activity, Double> timeAllocation;
        private List<Accountability> accountableFor;
        private Boolean receivesCompetitiveIntelligence;
        private LocalDate lastTechnologyReview;

        private Builder(String person) {
            this.person = person;
        }

        /** Percent of working time per activity; {@code null}: not given. */
        public Builder timeAllocation(Map<Activity, Double> value) {
            timeAllocation = value;
            return this;
        }

        /** What the CTO is measured on; {@code null}: not given. */
        public Builder accountableFor(List<Accountability> value) {
            accountableFor = value;
            return this;
        }

        /** Whether competitive intelligence reaches the CTO; {@code null}: not given. */
        public Builder receivesCompetitiveIntelligence(Boolean value) {
            receivesCompetitiveIntelligence = value;
            return this;
        }

        /** Last horizon scan of technology and trends; {@code null}: not given. */
        public Builder lastTechnologyReview(LocalDate value) {
            lastTechnologyReview = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public CtoWorkingPattern build() {
            return new CtoWorkingPattern(person, Optional.ofNullable(timeAllocation),
                    Optional.ofNullable(accountableFor), Optional.ofNullable(receivesCompetitiveIntelligence),
                    Optional.ofNullable(lastTechnologyReview));
        }
    }
}
