package org.ctorole.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code cto} section: who the CTO is and how they work. Omitted optional parts are not
 * judged; an activity missing from a present {@code timeAllocation} counts as 0 % (but for
 * {@code INTERNAL_IT}, whose rule only judges a share that is given).
 *
 * <pre>{@code CtoWorkingPattern.of("maya").withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.0))}</pre>
 *
 * @param person                          id of the CTO (must hold the CTO role)
 * @param timeAllocation                  percent of working time per activity, summing to 100 ± 1
 * @param accountableFor                  what the CTO is measured on
 * @param receivesCompetitiveIntelligence whether competitive intelligence reaches the CTO
 * @param lastTechnologyReview            last horizon scan of technology and trends; empty = never
 * @param ceoMeetings                     how often the CTO and the CEO meet one to one
 * @param businessBriefings               how often the CTO passes on to the technology teams what
 *                                        the business has learnt (customers, sales, strategy)
 * @param translationSessions             how often technology leaders practise explaining to business
 *                                        leaders, and teach them the trade-offs of technology
 * @param guidesIpPortfolio               whether the CTO guides the company's intellectual property
 *                                        portfolio (patents, what to protect, what to publish)
 * @param decisions                       recent technology and product decisions, each saying
 *                                        whether the CTO took part
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CtoWorkingPattern(String person, Optional<Map<Activity, Double>> timeAllocation,
                                Optional<List<Accountability>> accountableFor,
                                Optional<Boolean> receivesCompetitiveIntelligence,
                                Optional<LocalDate> lastTechnologyReview, Optional<Cadence> ceoMeetings,
                                Optional<Cadence> businessBriefings, Optional<Cadence> translationSessions,
                                Optional<Boolean> guidesIpPortfolio, Optional<List<Decision>> decisions) {

    public CtoWorkingPattern {
        timeAllocation = Copies.optional(timeAllocation).map(m -> Copies.enumMap(Activity.class, m));
        accountableFor = Copies.section(accountableFor);
        receivesCompetitiveIntelligence = Copies.optional(receivesCompetitiveIntelligence);
        lastTechnologyReview = Copies.optional(lastTechnologyReview);
        ceoMeetings = Copies.optional(ceoMeetings);
        businessBriefings = Copies.optional(businessBriefings);
        translationSessions = Copies.optional(translationSessions);
        guidesIpPortfolio = Copies.optional(guidesIpPortfolio);
        decisions = Copies.section(decisions);
    }

    /** The first five parts, the later ones not judged. */
    public CtoWorkingPattern(String person, Optional<Map<Activity, Double>> timeAllocation,
                             Optional<List<Accountability>> accountableFor,
                             Optional<Boolean> receivesCompetitiveIntelligence,
                             Optional<LocalDate> lastTechnologyReview) {
        this(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence, lastTechnologyReview,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A working pattern naming only the CTO: every optional part is not judged. */
    public static CtoWorkingPattern of(String person) {
        return new CtoWorkingPattern(person, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CtoWorkingPattern withTimeAllocation(Map<Activity, Double> allocation) {
        return new CtoWorkingPattern(person, Optional.ofNullable(allocation), accountableFor,
                receivesCompetitiveIntelligence, lastTechnologyReview, ceoMeetings, businessBriefings,
                translationSessions, guidesIpPortfolio, decisions);
    }

    public CtoWorkingPattern withAccountableFor(List<Accountability> accountabilities) {
        return new CtoWorkingPattern(person, timeAllocation, Optional.ofNullable(accountabilities),
                receivesCompetitiveIntelligence, lastTechnologyReview, ceoMeetings, businessBriefings,
                translationSessions, guidesIpPortfolio, decisions);
    }

    public CtoWorkingPattern withReceivesCompetitiveIntelligence(boolean receives) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, Optional.of(receives),
                lastTechnologyReview, ceoMeetings, businessBriefings, translationSessions, guidesIpPortfolio,
                decisions);
    }

    public CtoWorkingPattern withLastTechnologyReview(LocalDate date) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                Optional.ofNullable(date), ceoMeetings, businessBriefings, translationSessions, guidesIpPortfolio,
                decisions);
    }

    /** How often the CTO and CEO meet one to one; null: not judged. */
    public CtoWorkingPattern withCeoMeetings(Cadence cadence) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                lastTechnologyReview, Optional.ofNullable(cadence), businessBriefings, translationSessions,
                guidesIpPortfolio, decisions);
    }

    /** How often the CTO briefs the technology teams on the business; null: not judged. */
    public CtoWorkingPattern withBusinessBriefings(Cadence cadence) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                lastTechnologyReview, ceoMeetings, Optional.ofNullable(cadence), translationSessions,
                guidesIpPortfolio, decisions);
    }

    /** How often technology and business leaders practise translation; null: not judged. */
    public CtoWorkingPattern withTranslationSessions(Cadence cadence) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                lastTechnologyReview, ceoMeetings, businessBriefings, Optional.ofNullable(cadence),
                guidesIpPortfolio, decisions);
    }

    /** Whether the CTO guides the IP portfolio; null: not judged. */
    public CtoWorkingPattern withGuidesIpPortfolio(Boolean guides) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                lastTechnologyReview, ceoMeetings, businessBriefings, translationSessions,
                Optional.ofNullable(guides), decisions);
    }

    /** The recent decisions; null: not judged, an empty list: none were taken. */
    public CtoWorkingPattern withDecisions(List<Decision> list) {
        return new CtoWorkingPattern(person, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                lastTechnologyReview, ceoMeetings, businessBriefings, translationSessions, guidesIpPortfolio,
                Optional.ofNullable(list));
    }

    /** This working pattern naming another person as the CTO. */
    public CtoWorkingPattern withPerson(String id) {
        return new CtoWorkingPattern(id, timeAllocation, accountableFor, receivesCompetitiveIntelligence,
                lastTechnologyReview, ceoMeetings, businessBriefings, translationSessions, guidesIpPortfolio,
                decisions);
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
        private Cadence ceoMeetings;
        private Cadence businessBriefings;
        private Cadence translationSessions;
        private Boolean guidesIpPortfolio;
        private List<Decision> decisions;

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

        /** How often the CTO meets the CEO one to one; {@code null}: not given. */
        public Builder ceoMeetings(Cadence value) {
            ceoMeetings = value;
            return this;
        }

        /** How often the CTO briefs the technology teams on the business; {@code null}: not given. */
        public Builder businessBriefings(Cadence value) {
            businessBriefings = value;
            return this;
        }

        /** How often technology leaders practise explaining technology to business leaders; {@code null}: not given. */
        public Builder translationSessions(Cadence value) {
            translationSessions = value;
            return this;
        }

        /** Whether the CTO guides the intellectual-property portfolio; {@code null}: not given. */
        public Builder guidesIpPortfolio(Boolean value) {
            guidesIpPortfolio = value;
            return this;
        }

        /** The technology decisions taken and whether the CTO took part; {@code null}: not given. */
        public Builder decisions(List<Decision> value) {
            decisions = value;
            return this;
        }

        /** The record; not validated (the profile validates it with everything else). */
        public CtoWorkingPattern build() {
            return new CtoWorkingPattern(person, Optional.ofNullable(timeAllocation),
                    Optional.ofNullable(accountableFor), Optional.ofNullable(receivesCompetitiveIntelligence),
                    Optional.ofNullable(lastTechnologyReview), Optional.ofNullable(ceoMeetings),
                    Optional.ofNullable(businessBriefings), Optional.ofNullable(translationSessions),
                    Optional.ofNullable(guidesIpPortfolio), Optional.ofNullable(decisions));
        }
    }
}
