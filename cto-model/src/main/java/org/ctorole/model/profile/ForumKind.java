package org.ctorole.model.profile;

import org.apiguardian.api.API;

/** Kinds of recurring forum; the first three are leadership forums. */
@API(status = API.Status.STABLE, since = "0.1")
public enum ForumKind {
    EXECUTIVE_MEETING,
    QUARTERLY_BUSINESS_REVIEW,
    BOARD,
    CUSTOMER_ADVISORY_BOARD,
    MARKET_RESEARCH_REVIEW,
    OTHER;

    /**
     * Forums where strategy is made; the CTO belongs there ("Building tech leaders who think like CEOs",
     * pillar one).
     */
    public boolean isLeadershipForum() {
        return this == EXECUTIVE_MEETING || this == QUARTERLY_BUSINESS_REVIEW || this == BOARD;
    }

    /**
     * Forums that bring market information to the CTO ("Building tech leaders who think like CEOs",
     * pillar three).
     */
    public boolean isMarketSensing() {
        return this == CUSTOMER_ADVISORY_BOARD || this == MARKET_RESEARCH_REVIEW;
    }
}
