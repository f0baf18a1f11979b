package org.ctorole.model.catalogue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How the CTO's working time should split between business and technical work
 * ("What is a the mission of a CTO" §3).
 * Constituents outside {@code businessConstituents} count as technical time.
 *
 * <pre>{@code TimeGuideline.STANDARD.businessPercent() // 40}</pre>
 *
 * @param businessPercent      share of time for business constituents, 0..100
 * @param technicalPercent     share of time for everything else; the two add up to 100
 * @param businessConstituents the constituents whose time counts as business time
 * @param source               where the guideline comes from
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TimeGuideline(int businessPercent, int technicalPercent,
        Set<Constituent> businessConstituents, Source source) {

    /** The article's guideline: 40 % sales, business development and marketing; 60 % technical. */
    public static final TimeGuideline STANDARD = new TimeGuideline(40, 60,
            EnumSet.of(Constituent.SALES, Constituent.BUSINESS_DEVELOPMENT, Constituent.MARKETING),
            Article.MISSION_OF_A_CTO.at("§3 CTO's time management"));

    public TimeGuideline {
        if (businessPercent < 0 || technicalPercent < 0 || businessPercent + technicalPercent != 100) {
            throw new IllegalArgumentException("business and technical percentages must be"
                    + " non-negative and add up to 100, got " + businessPercent + " + "
                    + technicalPercent);
        }
        Objects.requireNonNull(businessConstituents, "businessConstituents");
        Objects.requireNonNull(source, "source");
        EnumSet<Constituent> copy = EnumSet.noneOf(Constituent.class);
        copy.addAll(businessConstituents);
        businessConstituents = Collections.unmodifiableSet(copy);
    }

    /** The constituents whose time counts as technical: all those not listed as business. */
    public Set<Constituent> technicalConstituents() {
        EnumSet<Constituent> technical = EnumSet.allOf(Constituent.class);
        technical.removeAll(businessConstituents);
        return Collections.unmodifiableSet(technical);
    }

    /** Whether time spent on a constituent counts as business time under this guideline. */
    public boolean isBusiness(Constituent constituent) {
        return businessConstituents.contains(constituent);
    }
}
