package org.ctorole.rules.facts;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.profile.Activity;

/**
 * The CTO's time allocation in percent (omitted activities are 0); present only when the profile
 * gives one. {@code business} is sales + business development + marketing ("What is a the mission
 * of a CTO" §3.1).
 *
 * @param internalItGiven whether the allocation gives the share of internal IT (its rule judges only a given share)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CtoTime(String personId, double ceoStrategy, double engineeringProduct, double sales,
                      double businessDevelopment, double marketing, double handsOnDelivery,
                      double learningAndThinking, double business, double internalIt, boolean internalItGiven) {

    /** An allocation that gives no share of internal IT. */
    public CtoTime(String personId, double ceoStrategy, double engineeringProduct, double sales,
                   double businessDevelopment, double marketing, double handsOnDelivery,
                   double learningAndThinking, double business) {
        this(personId, ceoStrategy, engineeringProduct, sales, businessDevelopment, marketing, handsOnDelivery,
                learningAndThinking, business, 0, false);
    }

    /** The business constituents given the least time (several when they tie), in catalogue order. */
    public List<Constituent> leastServedBusiness() {
        double min = Math.min(sales, Math.min(businessDevelopment, marketing));
        List<Constituent> least = new ArrayList<>();
        if (sales == min) {
            least.add(Constituent.SALES);
        }
        if (businessDevelopment == min) {
            least.add(Constituent.BUSINESS_DEVELOPMENT);
        }
        if (marketing == min) {
            least.add(Constituent.MARKETING);
        }
        return least;
    }

    /** The business constituent given the most time (the first in catalogue order when they tie). */
    public Constituent mostServedBusiness() {
        if (sales >= businessDevelopment && sales >= marketing) {
            return Constituent.SALES;
        }
        return businessDevelopment >= marketing ? Constituent.BUSINESS_DEVELOPMENT : Constituent.MARKETING;
    }

    /**
     * The inward-facing activity with the most time, where business time can come from: engineering
     * and product, hands-on delivery or internal IT (never learning and thinking, or the CEO).
     */
    public Activity largestInwardActivity() {
        if (handsOnDelivery >= engineeringProduct && handsOnDelivery >= internalIt) {
            return Activity.HANDS_ON_DELIVERY;
        }
        return engineeringProduct >= internalIt ? Activity.ENGINEERING_PRODUCT : Activity.INTERNAL_IT;
    }
}
