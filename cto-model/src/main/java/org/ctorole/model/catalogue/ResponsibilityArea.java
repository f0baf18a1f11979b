package org.ctorole.model.catalogue;

import org.apiguardian.api.API;

/**
 * The nine areas of CTO responsibility (seed 000, "9 Key Responsibilities of the CTO"), each
 * with the mission axis it mainly serves. Responsibilities roll up into areas, areas into axes.
 *
 * <pre>{@code ResponsibilityArea.CUSTOMER_RELATIONS.axis() // TECHNICAL_EVANGELISM}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ResponsibilityArea implements CatalogueEntry {
    // Axis choices: strategy, trends, the C-suite seat and growth all decide or advise on the
    // company's technical direction (seed 001 §1.1, §4.1); teams, technical leadership and
    // operations are about running and keeping the engineering organisation (§1.3, and §3.2 puts
    // "culture, processes, and retention" together); customers, marketing and sales are where the
    // CTO wins the trust of people outside engineering (§1.2).
    TECH_STRATEGY(
            "Technology strategy and strategic thinking",
            "Setting a technology strategy that serves the wider business goals, and thinking"
                    + " several moves ahead about how today's technical choices will shape the"
                    + " company later on.",
            MissionAxis.TECHNICAL_STRATEGY),
    TECHNOLOGY_TRENDS(
            "Advising on technology trends",
            "Acting as the company's in-house forecaster: following emerging technologies and market"
                    + " moves, telling substance from hype and advising how they could affect the"
                    + " business strategy.",
            MissionAxis.TECHNICAL_STRATEGY),
    TEAM_BUILDING(
            "Building and leading development teams",
            "Hiring, growing and keeping development teams, and shaping the setting they work in so"
                    + " that capable engineers join, learn and remain.",
            MissionAxis.ENGINEERING_CULTURE),
    TECHNICAL_LEADERSHIP(
            "Technical leadership",
            "Giving engineers direction on architecture and technical choices, lining the technical"
                    + " organisation up behind the company's vision and settling technical"
                    + " disagreements when they arise.",
            MissionAxis.ENGINEERING_CULTURE),
    OPERATIONAL_MANAGEMENT(
            "Operational management",
            "Keeping systems, releases and working processes in good order, security and backups"
                    + " included, and keeping the teams and departments coordinated so the technology"
                    + " organisation runs smoothly from day to day.",
            MissionAxis.ENGINEERING_CULTURE),
    CUSTOMER_RELATIONS(
            "Customer relations",
            "Staying close to customers, often as the go-between linking them with the technical"
                    + " people who serve them, and bringing what the market says back into the"
                    + " product.",
            MissionAxis.TECHNICAL_EVANGELISM),
    C_SUITE_REPRESENTATION(
            "Representing technology in the C-suite",
            "Speaking for the technology team among the company's executives and keeping a close"
                    + " working relationship with the CEO, so that technical insight informs decisions"
                    + " taken at the top.",
            MissionAxis.TECHNICAL_STRATEGY),
    MARKETING_AND_SALES(
            "Working with marketing and sales",
            "Working hand in hand with the people who promote and sell the product, with a direct"
                    + " line to the CEO, so that what the company advertises and promises matches what"
                    + " its technology can deliver.",
            MissionAxis.TECHNICAL_EVANGELISM),
    TECHNOLOGY_LED_GROWTH(
            "Technology-led growth",
            "Seeing which technological openings can make the company grow, and turning them into"
                    + " initiatives, partnerships or acquisitions.",
            MissionAxis.TECHNICAL_STRATEGY);

    private final String title;
    private final String summary;
    private final MissionAxis axis;
    private final Source source;

    ResponsibilityArea(String title, String summary, MissionAxis axis) {
        this.title = title;
        this.summary = summary;
        this.axis = axis;
        this.source = Article.WHAT_IS_A_CTO.at("9 Key Responsibilities of the CTO");
    }

    /** The mission axis this area mainly serves. */
    public MissionAxis axis() {
        return axis;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public Source source() {
        return source;
    }
}
