package org.ctorole.model.profile;

import org.apiguardian.api.API;

/**
 * The kinds of decision a CTO should take part in ("What Does a CTO Really Do? Examining the
 * Evolving Role": decisions on architecture, platforms and build versus buy, and the guidance a
 * fractional CTO gives; "What is a the mission of a CTO" §4.2 and §4.4).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum DecisionKind {
    /** Whether to build a capability or buy it. */
    BUILD_VS_BUY,
    /** The architecture of a system or across products. */
    ARCHITECTURE,
    /** The languages, frameworks and platforms to build on. */
    TECHNOLOGY_STACK,
    /** What the first version (the MVP) holds, and the product roadmap after it. */
    PRODUCT_ROADMAP,
    /** How the technical teams are organised. */
    TEAM_STRUCTURE,
    /** Hiring a senior technical person (an architect, an engineering leader). */
    SENIOR_TECHNICAL_HIRE,
    /** A technology partnership or an acquisition, and the due diligence behind it. */
    PARTNERSHIP_OR_ACQUISITION
}
