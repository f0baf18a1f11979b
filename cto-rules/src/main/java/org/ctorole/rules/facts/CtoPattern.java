package org.ctorole.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Accountability;

/**
 * The CTO's working pattern from the {@code cto} section; present only when that section is.
 * Optional values are flattened to a "given" flag and a value, so that an omitted one is not
 * judged.
 *
 * @param accountableFor                  what the CTO is accountable for (empty when not given)
 * @param accountabilityGiven             whether {@code accountableFor} is given
 * @param accountableForBusinessOutcomes  whether it includes BUSINESS_OUTCOMES
 * @param intelligenceGiven               whether {@code receivesCompetitiveIntelligence} is given
 * @param receivesCompetitiveIntelligence its value (false when not given)
 * @param technologyReviewed              whether a technology review ever happened
 * @param lastTechnologyReview            the date of the last review, or null when never
 * @param daysSinceTechnologyReview       days from the last review to assessedOn (0 when never)
 * @param guidesIpPortfolio               whether the CTO guides the IP portfolio; null when not given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CtoPattern(String personId, List<Accountability> accountableFor, boolean accountabilityGiven,
                         boolean accountableForBusinessOutcomes, boolean intelligenceGiven,
                         boolean receivesCompetitiveIntelligence, boolean technologyReviewed,
                         LocalDate lastTechnologyReview, long daysSinceTechnologyReview, Boolean guidesIpPortfolio) {
    public CtoPattern {
        accountableFor = List.copyOf(accountableFor);
    }

    /** The pattern without an answer about the IP portfolio. */
    public CtoPattern(String personId, List<Accountability> accountableFor, boolean accountabilityGiven,
                      boolean accountableForBusinessOutcomes, boolean intelligenceGiven,
                      boolean receivesCompetitiveIntelligence, boolean technologyReviewed,
                      LocalDate lastTechnologyReview, long daysSinceTechnologyReview) {
        this(personId, accountableFor, accountabilityGiven, accountableForBusinessOutcomes, intelligenceGiven,
                receivesCompetitiveIntelligence, technologyReviewed, lastTechnologyReview, daysSinceTechnologyReview,
                null);
    }
}
