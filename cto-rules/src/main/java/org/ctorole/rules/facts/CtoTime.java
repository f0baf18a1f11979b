package org.ctorole.rules.facts;

import org.apiguardian.api.API;

/**
 * The CTO's time allocation in percent (omitted activities are 0); present only when the profile
 * gives one. {@code business} is sales + business development + marketing (seed 001 §3).
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CtoTime(String personId, double ceoStrategy, double engineeringProduct, double sales,
                      double businessDevelopment, double marketing, double handsOnDelivery,
                      double learningAndThinking, double business) {
}
