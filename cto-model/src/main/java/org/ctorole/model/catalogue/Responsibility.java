package org.ctorole.model.catalogue;

import static org.ctorole.model.catalogue.Constituent.BUSINESS_DEVELOPMENT;
import static org.ctorole.model.catalogue.Constituent.CEO_STRATEGY;
import static org.ctorole.model.catalogue.Constituent.ENGINEERING_PRODUCT;
import static org.ctorole.model.catalogue.Constituent.MARKETING;
import static org.ctorole.model.catalogue.Constituent.SALES;
import static org.ctorole.model.catalogue.ResponsibilityArea.C_SUITE_REPRESENTATION;
import static org.ctorole.model.catalogue.ResponsibilityArea.CUSTOMER_RELATIONS;
import static org.ctorole.model.catalogue.ResponsibilityArea.MARKETING_AND_SALES;
import static org.ctorole.model.catalogue.ResponsibilityArea.OPERATIONAL_MANAGEMENT;
import static org.ctorole.model.catalogue.ResponsibilityArea.TEAM_BUILDING;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNICAL_LEADERSHIP;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNOLOGY_LED_GROWTH;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNOLOGY_TRENDS;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECH_STRATEGY;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The duties the CTO owes each constituent ("What is a the mission of a CTO" §4.1–§4.5, in the
 * article's order). Each belongs to one constituent and one area; its axis is its area's axis, so
 * that scores rolled up through areas and through responsibilities always agree. A duty whose
 * summary also draws on another section cites it too.
 *
 * <pre>{@code Responsibility.ORGANISE_HACKATHONS.area() // TEAM_BUILDING}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Responsibility implements CatalogueEntry {
    // §4.1 CEO/Strategy
    ANTICIPATE_TECHNICAL_INFLECTION_POINTS(CEO_STRATEGY, 1, TECHNOLOGY_TRENDS,
            "Anticipate technical inflection points",
            "Spot early the technical turning points that could change the company's prospects, so"
                    + " the company can get ahead of them rather than react."),
    ADVISE_ON_LONG_TERM_STRATEGY(CEO_STRATEGY, 2, TECH_STRATEGY,
            "Advise on long-term technical strategy",
            "Counsel the CEO, and the finance and operations chiefs, on the technical strategy the"
                    + " company should follow over the coming years."),
    PRESENT_TECHNICAL_OPTIONS(CEO_STRATEGY, 3, C_SUITE_REPRESENTATION,
            "Present technical options",
            "Lay out several technical solutions, with their merits, so that the CEO can choose the"
                    + " most suitable one rather than being handed a single answer."),
    ACT_AS_SOUNDING_BOARD(CEO_STRATEGY, 4, C_SUITE_REPRESENTATION,
            "Act as the CEO's sounding board",
            "Give the CEO an impartial view to test ideas against, keeping the company's long-term"
                    + " interest in mind."),

    // §4.2 Engineering/Product
    ALIGN_DEVELOPMENT_DIRECTION(ENGINEERING_PRODUCT, 1, TECHNICAL_LEADERSHIP,
            "Align development with the technical vision",
            "Without running daily delivery, work alongside the product and engineering VPs so the"
                    + " direction of development stays consistent with the company's technical"
                    + " vision."),
    PRIORITISE_STRATEGIC_BETS(ENGINEERING_PRODUCT, 2, TECH_STRATEGY,
            "Shape priorities across strategic technical bets",
            "Influence how people and money are divided among the large, long-horizon technical"
                    + " bets the company is making."),
    ENCOURAGE_WITHOUT_MANAGING(ENGINEERING_PRODUCT, 3, TECHNICAL_LEADERSHIP,
            "Encourage people and ideas without managing them",
            "Back promising people, projects and ideas while staying out of the line management of"
                    + " product and engineering, which is one of the harder balances of the role."),
    PARTNER_WITH_VP_ENGINEERING(ENGINEERING_PRODUCT, 4, OPERATIONAL_MANAGEMENT,
            "Partner with the VP of Engineering",
            "Work as a peer of the VP of Engineering to resolve the problems the technical teams run"
                    + " into."),
    SUPPORT_RECRUITING_AND_RETENTION(ENGINEERING_PRODUCT, 5, TEAM_BUILDING,
            "Support recruiting and retention",
            "Help bring strong engineers in and give them reasons to stay."),
    // The mission being clear, above all for new initiatives, is what §3.2 adds to §4.2's item.
    PROMOTE_CROSS_TEAM_COMMUNICATION(ENGINEERING_PRODUCT, 6, OPERATIONAL_MANAGEMENT,
            "Keep departments talking to each other",
            "Keep encouraging engineering, product and the rest of the business to share what they"
                    + " know, so that everyone understands what the company is trying to do, above all"
                    + " when a new initiative starts.",
            "§3.2 Technical: 60% of time"),
    ARBITRATE_TECHNICAL_DISPUTES(ENGINEERING_PRODUCT, 7, TECHNICAL_LEADERSHIP,
            "Keep the technical organisation aligned",
            "Make sure the technical teams pull in the same direction and, when they disagree, act"
                    + " as the final technical referee."),
    ORGANISE_HACKATHONS(ENGINEERING_PRODUCT, 8, TEAM_BUILDING,
            "Foster innovation through hackathons",
            "Run hackathons and similar events that give engineers room to try new ideas and keep"
                    + " the culture inventive."),
    SERVE_AS_MASTER_ARCHITECT(ENGINEERING_PRODUCT, 9, TECHNICAL_LEADERSHIP,
            "Serve as chief architect across products",
            "Own the overall architecture that spans the product lines, keeping them technically"
                    + " coherent."),

    // §4.3 Sales
    PARTNER_WITH_SALES(SALES, 1, MARKETING_AND_SALES,
            "Partner with sales on customer needs",
            "Work with the sales department so that what customers need is understood and actually"
                    + " met."),
    BUILD_STRATEGIC_ACCOUNT_RELATIONSHIPS(SALES, 2, CUSTOMER_RELATIONS,
            "Build relationships at strategic accounts",
            "Support sales by forming solid ties with technical counterparts at the most important"
                    + " customers."),
    PRESENT_ROADMAP_TO_CUSTOMERS(SALES, 3, CUSTOMER_RELATIONS,
            "Explain the roadmap to customers",
            "Join customer meetings to describe where the technology is heading over the long term,"
                    + " which gives customers reasons to stay loyal."),

    // §4.4 Business Development and Partnerships
    SUPPORT_PARTNER_ENGAGEMENTS(BUSINESS_DEVELOPMENT, 1, TECHNOLOGY_LED_GROWTH,
            "Support strategic partner engagements",
            "Help the business development team in important partner deals and keep good relations"
                    + " with technical counterparts at partners."),
    CONDUCT_TECHNICAL_DUE_DILIGENCE(BUSINESS_DEVELOPMENT, 2, TECHNOLOGY_LED_GROWTH,
            "Run technical due diligence",
            "Examine the technology of prospective partners and acquisition targets to judge whether"
                    + " it would fit well with the company's own."),
    TRACK_MARKET_STARTUPS(BUSINESS_DEVELOPMENT, 3, TECHNOLOGY_TRENDS,
            "Track start-ups in the market",
            "Keep a watch on the technology start-ups working in the company's market."),
    REPRESENT_IN_TECHNICAL_ASSOCIATIONS(BUSINESS_DEVELOPMENT, 4, MARKETING_AND_SALES,
            "Speak for the company in technical bodies shared with partners",
            "Stand for the company in technical bodies shared with partners, such as conferences and"
                    + " industry forums."),
    ASSESS_PARTNER_TECHNOLOGY_IMPACT(BUSINESS_DEVELOPMENT, 5, TECH_STRATEGY,
            "Assess partner technology against the roadmap",
            "Judge whether a new technology coming from a partner is likely to change the company's"
                    + " long-term roadmap in a significant way."),
    FORECAST_COMPETITIVE_TRENDS(BUSINESS_DEVELOPMENT, 6, TECHNOLOGY_TRENDS,
            "Forecast competitive trends",
            "Anticipate how competition in the market is likely to develop over the long run."),

    // §4.5 Marketing
    BE_PUBLIC_FACE_OF_TECHNOLOGY(MARKETING, 1, MARKETING_AND_SALES,
            "Be the public face of the company's technology",
            "Be the person the outside world associates with the company's technology."),
    EVANGELISE_COMPANY_VISION(MARKETING, 2, MARKETING_AND_SALES,
            "Evangelise the company vision",
            "Spread the company's vision through talks, conference appearances and work with the"
                    + " press, media and analysts."),
    MAINTAIN_ANALYST_RELATIONS(MARKETING, 3, MARKETING_AND_SALES,
            "Maintain analyst relations",
            "Keep up good, lasting relations with the industry analysts the company has chosen to"
                    + " work with."),
    BUILD_PRODUCT_COMMUNITY(MARKETING, 4, CUSTOMER_RELATIONS,
            "Grow a community around the products",
            "Help marketing build a large and lively community of users around what the company"
                    + " makes."),
    ENGAGE_THROUGH_SOCIAL_CHANNELS(MARKETING, 5, MARKETING_AND_SALES,
            "Engage through social and written channels",
            "Support marketing by being present on social media and by writing blog posts, articles"
                    + " and white papers.");

    private final Constituent constituent;
    private final ResponsibilityArea area;
    private final String title;
    private final String summary;
    private final List<Source> sources;

    Responsibility(Constituent constituent, int item, ResponsibilityArea area, String title,
            String summary, String... alsoFromSections) {
        this.constituent = constituent;
        this.area = area;
        this.title = title;
        this.summary = summary;
        List<Source> all = new ArrayList<>();
        Source section = constituent.source();
        all.add(new Source(section.work(), section.section() + ", item " + item));
        for (String also : alsoFromSections) {
            all.add(Article.MISSION_OF_A_CTO.at(also));
        }
        this.sources = List.copyOf(all);
    }

    /** The constituent this duty is owed to. */
    public Constituent constituent() {
        return constituent;
    }

    /** The responsibility area it belongs to. */
    public ResponsibilityArea area() {
        return area;
    }

    /** The mission axis it serves: always its area's axis. */
    public MissionAxis axis() {
        return area.axis();
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

    /** The item of the constituent's section: "§4.2 Engineering/Product, item 6". */
    @Override
    public Source source() {
        return sources.get(0);
    }

    @Override
    public List<Source> sources() {
        return sources;
    }
}
