package org.ctorole.model.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The nine areas of CTO responsibility, in the order of the list under "9 Key Responsibilities
 * of the CTO" ("What is a Chief Technology Officer?", CTO Academy), each with the mission axis it
 * mainly serves. Responsibilities roll up into areas, areas into axes. Each summary fills out the
 * list item with what the other sections and articles say about it, and cites them all.
 *
 * <pre>{@code ResponsibilityArea.CUSTOMER_RELATIONS.axis() // TECHNICAL_EVANGELISM}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ResponsibilityArea implements CatalogueEntry {
    // Axis choices (ours): strategy, trends, the C-suite seat and growth all decide or advise on
    // the company's technical direction ("What is a the mission of a CTO" §1.1, §4.1); teams,
    // technical leadership and operations are about running and keeping the engineering
    // organisation (§1.3, and §3.2 lists culture, processes and retention together); customers,
    // marketing and sales are where the CTO wins the trust of people outside engineering (§1.2).
    TECH_STRATEGY(
            "Technology strategy",
            "Deciding where the company's technology should go so that it serves what the business"
                    + " is trying to achieve, and looking far enough ahead to see where today's"
                    + " technical choices will leave the company in a few years.",
            MissionAxis.TECHNICAL_STRATEGY,
            Article.WHAT_IS_A_CTO.at("What is a Chief Technology Officer?"),
            Article.MISSION_OF_A_CTO.at("§1.1 Fiduciary for Long-Term Technical Strategy"),
            Article.WHAT_DOES_A_CTO_DO.at("1. Aligning Technology with Business Strategy")),
    TECHNOLOGY_TRENDS(
            "Technology trends and foresight",
            "Watching where technology, competitors and customers are heading, separating lasting"
                    + " change from fashion, and telling the rest of the company what a shift would"
                    + " mean for its plans.",
            MissionAxis.TECHNICAL_STRATEGY,
            Article.WHAT_IS_A_CTO.at("What is a Chief Technology Officer anyway?"),
            Article.WHAT_IS_A_CTO.at("What's Around The Corner?"),
            Article.WHAT_DOES_A_CTO_DO.at("3. Driving Innovation and Maintaining Competitive Edge")),
    TEAM_BUILDING(
            "Building and leading development teams",
            "Hiring engineers, helping them grow and giving them reasons to stay: a place to work"
                    + " that capable people seek out, with a vision they can follow.",
            MissionAxis.ENGINEERING_CULTURE,
            Article.MISSION_OF_A_CTO.at("§1.3 Spiritual Leader for the engineers and maintainer of the technical culture"),
            Article.MISSION_OF_A_CTO.at("§2.2 Health of Engineering Culture"),
            Article.WHAT_DOES_A_CTO_DO.at("1. Aligning Technology with Business Strategy")),
    TECHNICAL_LEADERSHIP(
            "Technical leadership",
            "Steering the choices of architecture, platforms and technology, keeping the technical"
                    + " teams pointed at the company's vision, and having the last word when they"
                    + " cannot agree.",
            MissionAxis.ENGINEERING_CULTURE,
            Article.MISSION_OF_A_CTO.at("§4.2 Engineering/Product"),
            Article.WHAT_DOES_A_CTO_DO.at("4. Providing Strong Leadership")),
    OPERATIONAL_MANAGEMENT(
            "Operational management",
            "Keeping systems, releases and ways of working in order, security and backups among"
                    + " them, so that the technology organisation runs reliably from one day to the"
                    + " next and its teams stay coordinated.",
            MissionAxis.ENGINEERING_CULTURE,
            Article.WHAT_IS_A_CTO.at("How would you describe an average day in the life of a Chief Technology Officer?"),
            Article.WHAT_IS_A_CTO.at("What are some of the key issues that cross a Chief Technology Officer's radar?"),
            Article.WHAT_DOES_A_CTO_DO.at("1. Aligning Technology with Business Strategy")),
    CUSTOMER_RELATIONS(
            "Customer relations",
            "Staying close to customers, often as the go-between for them and the engineers who serve"
                    + " them, and making sure that what the market says, checked against evidence,"
                    + " decides what the product becomes.",
            MissionAxis.TECHNICAL_EVANGELISM,
            Article.WHAT_IS_A_CTO.at("What are the common traits of a successful CTO?"),
            Article.MISSION_OF_A_CTO.at("§4.3 Sales")),
    C_SUITE_REPRESENTATION(
            "Representing technology in the C-suite",
            "Speaking for the technology organisation among the executives and working closely with"
                    + " the CEO, so that decisions taken at the top have technical insight behind them.",
            MissionAxis.TECHNICAL_STRATEGY,
            Article.WHAT_IS_A_CTO.at("What is the relationship like between CEO & CTO?"),
            Article.MISSION_OF_A_CTO.at("§4.1 CEO/Strategy"),
            Article.TECH_LEADERS_LIKE_CEOS.at("Pillar one: Strategic co-creation")),
    MARKETING_AND_SALES(
            "Working with marketing and sales",
            "Working alongside the people who promote and sell the product, in direct contact with"
                    + " the CEO, so that what the company advertises and promises is something its"
                    + " technology can deliver.",
            MissionAxis.TECHNICAL_EVANGELISM,
            Article.WHAT_IS_A_CTO.at("Definitely Don't Talk To Me About Sales Team Deadlines"),
            Article.MISSION_OF_A_CTO.at("§4.5 Marketing"),
            Article.WHAT_DOES_A_CTO_DO.at("2. Bridging the Gap Between Technology and Other Business Functions")),
    TECHNOLOGY_LED_GROWTH(
            "Technology-led growth",
            "Spotting where technology can open a new route to growth and turning it into a product,"
                    + " a partnership or an acquisition.",
            MissionAxis.TECHNICAL_STRATEGY,
            Article.MISSION_OF_A_CTO.at("§4.4 Business Development and Partnerships"),
            Article.WHAT_DOES_A_CTO_DO.at("3. Driving Innovation and Maintaining Competitive Edge"));

    private final String title;
    private final String summary;
    private final MissionAxis axis;
    private final List<Source> sources;

    ResponsibilityArea(String title, String summary, MissionAxis axis, Source... alsoFrom) {
        this.title = title;
        this.summary = summary;
        this.axis = axis;
        List<Source> all = new ArrayList<>();
        // The list item itself comes first: the nine areas are that list, in its order.
        all.add(Article.WHAT_IS_A_CTO.at("9 Key Responsibilities of the CTO, item " + (ordinal() + 1)));
        all.addAll(List.of(alsoFrom));
        this.sources = List.copyOf(all);
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

    /** The list item this area is: "9 Key Responsibilities of the CTO, item N". */
    @Override
    public Source source() {
        return sources.get(0);
    }

    @Override
    public List<Source> sources() {
        return sources;
    }
}
